package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.newsgraph.draft.ArticleInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The first extracts of a process race the thread that loads the gazetteer, its local tier and the tagger's model
 * ({@link ArticleExtractor}): each model is loaded once, whichever thread asks first, and every extract reads the same
 * drafts as one made after everything is loaded.
 */
class ExtractLoadingTest {

    private static final String COPY = """
            Gunmen kill five at market in northern Nigeria

            MAIDUGURI, Nigeria (Reuters) - Gunmen killed five traders at a market near Maiduguri on Tuesday, a police
            spokesman said, the latest in a series of attacks on the city's outskirts.

            "The attackers came on motorcycles and opened fire," Borno State police spokesman Daso Nahum told reporters.
            """;

    @Test
    void concurrentFirstExtractsLoadEachModelOnceAndAgreeWithALaterOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object[]>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> new Object[]{new ArticleExtractor().extract(COPY, "loading"), NlpModels.tagger(),
                        NlpModels.sentences(), Gazetteer.get().localTier()});
            }
            List<Future<Object[]>> results = pool.invokeAll(tasks);
            List<ArticleInput> later = new ArticleExtractor().extract(COPY, "loading");
            for (Future<Object[]> f : results) {
                Object[] r = f.get();
                assertEquals(later, r[0]);
                assertSame(NlpModels.tagger(), r[1]);
                assertSame(NlpModels.sentences(), r[2]);
                assertSame(Gazetteer.get().localTier(), r[3]);
            }
            assertEquals(1, later.size());
        } finally {
            pool.shutdown();
        }
    }
}
