package dev.newsgraph.graphql.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.GraphQLWebSocket;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A real graphql-transport-ws client receives the events of a real ingest over HTTP. */
@QuarkusTest
class SubscriptionTest {
    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void ingestedArticleAndItsIncidentReachSubscribers() throws Exception {
        try (GraphQLWebSocket socket = new GraphQLWebSocket(graphql.getHost(), graphql.getPort())) {
            String ukraine = GraphQLClient.data("{ places(text: \"Ukraine\", kind: COUNTRY) { nodes { id } } }").getString("places.nodes[0].id");
            socket.subscribe("1", "subscription { articleIngested { headline } }");
            socket.subscribe("2", "subscription { incidentReported(within: \"" + ukraine + "\") { title } }");
            Thread.sleep(500);

            IngestMutation.ingest(List.of(Map.of(
                    "headline", "Drone strike hits Odesa port",
                    "paragraphs", List.of("A drone struck the port of Odesa overnight, officials said."),
                    "places", List.of(Map.of("name", "Ukraine", "kind", "COUNTRY", "countryCode", "UA"),
                            Map.of("name", "Odesa", "kind", "CITY", "countryCode", "UA", "parent", "Ukraine")),
                    "incidents", List.of(Map.of("type", "AIR_DRONE_STRIKE", "title", "Drone strike on Odesa port", "place", "Odesa")))));

            String received = String.valueOf(socket.next()) + socket.next();
            assertTrue(received.contains("Drone strike hits Odesa port"), received);
            assertTrue(received.contains("Drone strike on Odesa port"), received);
        }
    }

    /**
     * Events are loaded only while someone subscribes: a subscriber that joins while ingests run must still receive,
     * from its first event on, every article committed after it, in order.
     */
    @Test
    void aSubscriberJoiningWhileIngestsRunReceivesEveryLaterArticle() throws Exception {
        String prefix = "Joining subscriber article ";
        List<String> committed = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> ingests = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                String headline = prefix + committed.size();
                IngestMutation.ingest(List.of(IngestMutation.article(headline)));
                committed.add(headline);
            }
        });
        try (GraphQLWebSocket socket = new GraphQLWebSocket(graphql.getHost(), graphql.getPort())) {
            awaitCommitted(committed, 3, ingests);
            socket.subscribe("joined", "subscription { articleIngested { headline } }");
            int first = Integer.parseInt(headline(socket.next()).substring(prefix.length()));
            awaitCommitted(committed, first + 10, ingests);
            stop.set(true);
            ingests.get(30, TimeUnit.SECONDS);
            for (int i = first + 1; i < committed.size(); i++) {
                assertEquals(prefix + i, headline(socket.next()));
            }
        } finally {
            stop.set(true);
        }
    }

    private static void awaitCommitted(List<String> committed, int count, CompletableFuture<Void> ingests) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (committed.size() < count && !ingests.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (ingests.isDone()) {
            ingests.get(); // an ingest failed: show why
        }
        assertTrue(committed.size() >= count, "only " + committed.size() + " articles committed");
    }

    private static String headline(JsonObject message) {
        assertNotNull(message, "no event within 10 seconds");
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("articleIngested").getString("headline");
    }
}
