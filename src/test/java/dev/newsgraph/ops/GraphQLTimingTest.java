package dev.newsgraph.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * mp_graphql_seconds records each request's own time: a query held up in the database for a known time is recorded
 * with about the time its client waited, and a failed call leaves nothing behind that a later call would add to its own.
 */
@QuarkusTest
class GraphQLTimingTest {
    private static final String ARTICLES_SUM = "mp_graphql_seconds_sum{name=\"articles\",source=\"false\",type=\"QUERY\"}";
    private static final String ARTICLES_COUNT = "mp_graphql_seconds_count{name=\"articles\",source=\"false\",type=\"QUERY\"}";
    private static final String QUERY = "{ articles(first: 2) { nodes { id headline people { name } } } }";
    private static final long HELD_MILLIS = 1500;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aQueryHeldUpInTheDatabaseIsTimedAsItsClientWaited() throws Exception {
        String before = scrape();
        long wall;
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                // The query's SELECT waits for this lock: a slow query whose slowness is known, and no test-only code path.
                statement.execute("lock table article in access exclusive mode");
            }
            long start = System.nanoTime();
            CompletableFuture<Void> query = CompletableFuture.runAsync(() -> GraphQLClient.data(QUERY));
            Thread.sleep(HELD_MILLIS);
            lock.commit();
            query.get(30, TimeUnit.SECONDS);
            wall = System.nanoTime() - start;
        }
        String after = scrape();

        double recorded = value(after, ARTICLES_SUM) - value(before, ARTICLES_SUM);
        System.out.printf("GraphQL timing: held %d ms, client waited %d ms, recorded %.0f ms%n",
                HELD_MILLIS, TimeUnit.NANOSECONDS.toMillis(wall), recorded * 1000);
        assertEquals(1, value(after, ARTICLES_COUNT) - value(before, ARTICLES_COUNT), after);
        // The query reaches the database a little after the lock is taken: it waits somewhat less than HELD_MILLIS.
        assertTrue(recorded >= (HELD_MILLIS - 300) / 1000.0, "recorded " + recorded + " s for a query held " + HELD_MILLIS + " ms");
        assertTrue(recorded <= wall / 1e9, "recorded " + recorded + " s, longer than the client waited: " + wall / 1e9 + " s");
    }

    @Test
    void aFailedCallDoesNotAddToTheNextOne() {
        for (int i = 0; i < 3; i++) {
            // Refused inside the field (page size), after its timing started.
            GraphQLClient.post("{ articles(first: 1000) { totalCount } }", Map.of()).then().statusCode(200);
        }
        String before = scrape();
        long start = System.nanoTime();
        GraphQLClient.data("{ articles(first: 1) { totalCount } }");
        long wall = System.nanoTime() - start;
        String after = scrape();

        double recorded = value(after, ARTICLES_SUM) - value(before, ARTICLES_SUM);
        assertEquals(1, value(after, ARTICLES_COUNT) - value(before, ARTICLES_COUNT), after);
        assertTrue(recorded <= wall / 1e9, "recorded " + recorded + " s for a call that took " + wall / 1e9 + " s");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
                .orElse(0.0);
    }
}
