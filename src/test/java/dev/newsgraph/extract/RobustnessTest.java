package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobustnessTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void emptyAndNullGiveNothing() {
        assertTrue(extractor.extract(null, null).isEmpty());
        assertTrue(extractor.extract("", "x").isEmpty());
        assertTrue(extractor.extract("   \n\n\t ", "x").isEmpty());
    }

    @Test
    void binaryGarbageGivesNothing() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        String garbage = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<ArticleInput> out = extractor.extract(garbage, "garbage");
        assertTrue(out.isEmpty());
    }

    @Test
    void textWithNoArticleGivesNothing() {
        assertTrue(extractor.extract("TT\n20\n\nhello\n", null).isEmpty());
        assertTrue(extractor.extract("just one lowercase line without any headline at all", null).isEmpty());
    }

    @Test
    void twentyMegabytesIsQuickAndLinear() {
        StringBuilder b = new StringBuilder(21_000_000);
        String para = "The committee met again on Tuesday and discussed the budget for the coming year in some detail, "
                + "officials said, adding that no decision had been taken.\n";
        while (b.length() < 20_000_000) {
            b.append(para);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(b.toString(), "big"));
    }

    /** The service calls one extractor from many request threads: results must not depend on what runs beside them. */
    @Test
    void oneInstanceFromManyThreadsGivesTheSameResults() throws Exception {
        List<String> feeds = List.of("a_africa.txt", "b_asia.txt", "c_mideast_americas.txt", "d_politics.txt").stream()
                .map(f -> Seeds.read("/extract/eval/" + f)).toList();
        List<List<ArticleInput>> alone = feeds.stream().map(f -> extractor.extract(f, "x")).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<ArticleInput>>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String f : feeds) {
                    futures.add(pool.submit(() -> extractor.extract(f, "x")));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertTrue(alone.get(k % feeds.size()).equals(futures.get(k).get()), "concurrent result differs for feed " + k % 4);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyArticlesInOneFeed() {
        String seed = Seeds.read("/sample/feeds/" + Seeds.FEED_001);
        List<ArticleInput> out = extractor.extract(seed + "\n\n\n" + seed, "twice");
        assertFalse(out.isEmpty());
    }
}
