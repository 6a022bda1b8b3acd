package dev.newsgraph.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under load and comes back: readiness follows it, requests fail fast with a clear
 * GraphQL error, the service recovers without a restart, and every acknowledged ingest is still there.
 */
@QuarkusIntegrationTest
@WithTestResource(StoppablePostgresResource.class)
class OutageIT {
    /** Far above what fail-fast takes (acquisition and connect timeouts are 3 s): only a hang exceeds it. */
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @Test
    void serviceFailsFastDuringADatabaseOutageAndRecoversWithEveryAcknowledgedIngest() throws Exception {
        TestDatabase database = StoppablePostgresResource.database();
        assertEquals(200, readiness().statusCode());
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        int port = RestAssured.port;
        Thread load = new Thread(() -> {
            while (loading.get()) {
                String headline = "Outage load " + UUID.randomUUID();
                try {
                    JsonPath json = IngestMutation.send(port, List.of(IngestMutation.article(headline))).jsonPath();
                    String id = json.getString("data.ingestArticles[0].article.id");
                    if (id != null && json.get("errors") == null) {
                        acknowledged.put(id, headline);
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            }
        });
        load.start();
        try {
            outageUnderLoad(database);
        } finally {
            loading.set(false);
            load.join();
        }
        System.out.printf("[outage] %d ingests acknowledged, %d refused%n", acknowledged.size(), failed.get());

        assertFalse(acknowledged.isEmpty());
        assertTrue(failed.get() > 0, "the load saw the outage");
        acknowledged.forEach((id, headline) -> assertEquals(headline,
                GraphQLClient.data("query($id: ID!) { node(id: $id) { ... on Article { headline } } }", Map.of("id", id))
                        .getString("node.headline")));
        assertEquals("CREATED", IngestMutation.ingest(List.of(IngestMutation.article("After the outage " + UUID.randomUUID())))
                .get(0).get("status"));
    }

    private static void outageUnderLoad(TestDatabase database) throws InterruptedException {
        Thread.sleep(1500);

        database.stop();
        long stopped = System.nanoTime();
        awaitReadiness(503);
        System.out.printf("[outage] readiness DOWN %d ms after the database stopped%n", millisSince(stopped));

        long start = System.nanoTime();
        Response query = GraphQLClient.post("{ articles(first: 1) { totalCount } }", Map.of());
        long queryMillis = millisSince(start);
        start = System.nanoTime();
        Response ingest = IngestMutation.send(RestAssured.port, List.of(IngestMutation.article("During the outage " + UUID.randomUUID())));
        long ingestMillis = millisSince(start);
        System.out.printf("[outage] query failed in %d ms, ingest failed in %d ms%n", queryMillis, ingestMillis);
        for (Response response : List.of(query, ingest)) {
            assertClearError(response);
        }
        assertTrue(queryMillis < NO_HANG.toMillis() && ingestMillis < NO_HANG.toMillis(), queryMillis + " / " + ingestMillis + " ms");

        database.start();
        long restarted = System.nanoTime();
        awaitReadiness(200);
        System.out.printf("[outage] readiness UP %d ms after the database restarted%n", millisSince(restarted));
        Thread.sleep(1000); // the load goes on a little after recovery, to be acknowledged again
    }

    private static void assertClearError(Response response) {
        String body = response.asString();
        Map<String, Object> error = response.jsonPath().getMap("errors[0]");
        assertNotNull(error, body);
        assertEquals("DATABASE_UNAVAILABLE", response.jsonPath().getString("errors[0].extensions.code"), body);
        for (String leak : List.of("java.", "org.", "SQL", "Hibernate", "at dev.", "jdbc", "Connection to")) {
            assertFalse(body.contains(leak), "leaks " + leak + ": " + body);
        }
        System.out.println("[outage] error response: " + body);
    }

    private static Response readiness() {
        return given().get("/q/health/ready");
    }

    private static void awaitReadiness(int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (readiness().statusCode() != status) {
            assertTrue(System.nanoTime() < deadline, "readiness never answered " + status);
            Thread.sleep(100);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
