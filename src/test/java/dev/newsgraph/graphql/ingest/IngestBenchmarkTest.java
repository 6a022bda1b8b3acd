package dev.newsgraph.graphql.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.draft.ArticleInput;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: prints articles per second over HTTP for extraction alone (the extract query) and
 * for extraction plus storage (ingestText), on the wire-style development articles; it asserts only that every
 * article was stored. Each round renames the headlines, so every round stores new articles. Small by default;
 * {@code -Dnewsgraph.bench.rounds=20} for a steadier figure.
 */
@QuarkusTest
class IngestBenchmarkTest {
    static final List<String> FEEDS = List.of("a_africa.txt", "b_asia.txt", "c_mideast_americas.txt", "d_politics.txt");
    static final String EXTRACT = "query($text: String!) { extract(text: $text) { headline } }";
    static final String INGEST_TEXT = "mutation($text: String!, $feed: String) { ingestText(text: $text, feed: $feed) { status } }";

    @Test
    void printsArticlesPerSecond() throws IOException {
        int rounds = Integer.getInteger("newsgraph.bench.rounds", 2);
        List<String> texts = new ArrayList<>();
        for (String feed : FEEDS) {
            texts.add(read("extract/eval/" + feed));
        }
        ArticleExtractor extractor = new ArticleExtractor();
        List<List<String>> headlines = texts.stream()
                .map(text -> extractor.extract(text, null).stream().map(ArticleInput::headline).toList()).toList();
        long articlesBefore = Connections.count("articles");

        long extracted = 0;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < texts.size(); i++) {
                extracted += GraphQLClient.data(EXTRACT, Map.of("text", renamed(texts.get(i), headlines.get(i), round))).getList("extract").size();
            }
        }
        double extractSeconds = (System.nanoTime() - start) / 1e9;

        long stored = 0;
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < texts.size(); i++) {
                List<String> statuses = GraphQLClient.asEditor().data(INGEST_TEXT,
                        Map.of("text", renamed(texts.get(i), headlines.get(i), round), "feed", "bench-" + FEEDS.get(i))).getList("ingestText.status");
                statuses.forEach(status -> assertEquals("CREATED", status));
                stored += statuses.size();
            }
        }
        double storeSeconds = (System.nanoTime() - start) / 1e9;

        assertEquals(extracted, stored);
        assertEquals(articlesBefore + stored, Connections.count("articles"));
        System.out.printf("IngestBenchmark: extraction alone (extract query): %d articles in %.2f s: %.1f articles/s%n",
                extracted, extractSeconds, extracted / extractSeconds);
        System.out.printf("IngestBenchmark: extraction + storage (ingestText): %d articles in %.2f s: %.1f articles/s%n",
                stored, storeSeconds, stored / storeSeconds);
    }

    /** The text with each article's headline made unique to the round, so that its content is new. */
    static String renamed(String text, List<String> headlines, int round) {
        String renamed = text;
        for (String headline : headlines) {
            renamed = renamed.replace(headline, headline + " (bench " + round + ")");
        }
        return renamed;
    }

    static String read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
