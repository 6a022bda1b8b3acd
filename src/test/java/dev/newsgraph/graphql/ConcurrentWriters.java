package dev.newsgraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Editors ingesting at the same moment over HTTP: every writer starts at once and sends its articles one
 * {@code ingestArticles} request each, in order.
 */
public final class ConcurrentWriters {
    private static final String INGEST = "mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }";

    /** The article a writer sends as its n-th. */
    @FunctionalInterface
    public interface Article {
        Map<String, Object> of(int writer, int n);
    }

    private ConcurrentWriters() {
    }

    /** The statuses each writer's ingests returned, in writer order (each writer's in its order). */
    public static List<List<String>> ingest(int writers, int articlesPerWriter, Article article) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> running = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int w = writer;
                running.add(pool.submit(() -> {
                    start.await();
                    List<String> statuses = new ArrayList<>();
                    for (int n = 0; n < articlesPerWriter; n++) {
                        statuses.addAll(GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(article.of(w, n))))
                                .getList("ingestArticles.status"));
                    }
                    return statuses;
                }));
            }
            start.countDown();
            List<List<String>> statuses = new ArrayList<>();
            for (Future<List<String>> writer : running) {
                statuses.add(writer.get(120, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
