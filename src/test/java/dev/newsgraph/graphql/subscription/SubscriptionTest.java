package dev.newsgraph.graphql.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real graphql-transport-ws client receives the events of a real ingest over HTTP. */
@QuarkusTest
class SubscriptionTest {
    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void ingestedArticleAndItsIncidentReachSubscribers() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
            var socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
                            .setHost(graphql.getHost()).setPort(graphql.getPort()).setURI(graphql.getPath())
                            .setSubProtocols(List.of("graphql-transport-ws")))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            assertEquals("connection_ack", messages.poll(10, TimeUnit.SECONDS).getString("type"));
            String ukraine = GraphQLClient.data("{ places(text: \"Ukraine\", kind: COUNTRY) { nodes { id } } }").getString("places.nodes[0].id");
            socket.writeTextMessage(subscribe("1", "subscription { articleIngested { headline } }"));
            socket.writeTextMessage(subscribe("2", "subscription { incidentReported(within: \"" + ukraine + "\") { title } }"));
            Thread.sleep(500);

            GraphQLClient.asEditor().data("""
                    mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }""", Map.of("input", List.of(Map.of(
                    "headline", "Drone strike hits Odesa port",
                    "paragraphs", List.of("A drone struck the port of Odesa overnight, officials said."),
                    "places", List.of(Map.of("name", "Ukraine", "kind", "COUNTRY", "countryCode", "UA"),
                            Map.of("name", "Odesa", "kind", "CITY", "countryCode", "UA", "parent", "Ukraine")),
                    "incidents", List.of(Map.of("type", "AIR_DRONE_STRIKE", "title", "Drone strike on Odesa port", "place", "Odesa"))))));

            JsonObject first = messages.poll(10, TimeUnit.SECONDS);
            JsonObject second = messages.poll(10, TimeUnit.SECONDS);
            String received = String.valueOf(first) + second;
            assertTrue(received.contains("Drone strike hits Odesa port"), received);
            assertTrue(received.contains("Drone strike on Odesa port"), received);
            socket.close();
        } finally {
            vertx.close();
        }
    }

    private static String subscribe(String id, String query) {
        return new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query", query)).encode();
    }
}
