package dev.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** newsgraph.auth.read-requires-token=true: queries and subscriptions need a token too. */
@QuarkusTest
@TestProfile(ReadTokenRequiredTest.ReadsNeedAToken.class)
class ReadTokenRequiredTest {
    public static class ReadsNeedAToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.auth.read-requires-token", "true");
        }
    }

    static final String COUNT = "{ articles(first: 0) { totalCount } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void anonymousQueriesAreRefused() {
        Response response = GraphQLClient.post(COUNT, Map.of());
        assertEquals("UNAUTHENTICATED", response.jsonPath().getString("errors[0].extensions.code"), response.asString());
        assertNull(response.jsonPath().get("data"), response.asString());
    }

    @Test
    void anyValidTokenMayRead() {
        assertTrue(GraphQLClient.withToken(Tokens.token(Set.of())).data(COUNT).getLong("articles.totalCount") > 0);
    }

    @Test
    void subscriptionsAuthenticateInConnectionInit() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            BlockingQueue<JsonObject> anonymous = new LinkedBlockingQueue<>();
            WebSocket withoutToken = connect(vertx, anonymous, null);
            withoutToken.writeTextMessage(subscribe("1", "subscription { articleIngested { headline } }"));
            JsonObject refused = anonymous.poll(10, TimeUnit.SECONDS);
            assertEquals("error", refused.getString("type"), refused.encode());
            assertTrue(refused.encode().contains("UNAUTHENTICATED"), refused.encode());

            BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
            WebSocket withToken = connect(vertx, messages, Tokens.token(Set.of()));
            withToken.writeTextMessage(subscribe("1", "subscription { articleIngested { headline } }"));
            Thread.sleep(500);
            GraphQLClient.asEditor().data("mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }",
                    Map.of("input", List.of(Map.of("headline", "Subscribers with tokens hear of this",
                            "paragraphs", List.of("Only subscribers that sent a token in connection_init hear of this.")))));
            JsonObject next = messages.poll(10, TimeUnit.SECONDS);
            assertEquals("next", next.getString("type"), String.valueOf(next));
            assertTrue(next.encode().contains("Subscribers with tokens hear of this"), next.encode());
            assertNull(anonymous.poll(1, TimeUnit.SECONDS), "the refused subscriber receives nothing more");
        } finally {
            vertx.close();
        }
    }

    private WebSocket connect(Vertx vertx, BlockingQueue<JsonObject> messages, String token) throws Exception {
        WebSocket socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
                        .setHost(graphql.getHost()).setPort(graphql.getPort()).setURI(graphql.getPath())
                        .setSubProtocols(List.of("graphql-transport-ws")))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (token != null) {
            init.put("payload", new JsonObject().put("Authorization", "Bearer " + token));
        }
        socket.writeTextMessage(init.encode());
        JsonObject ack = messages.poll(10, TimeUnit.SECONDS);
        assertEquals("connection_ack", ack.getString("type"), String.valueOf(ack));
        return socket;
    }

    private static String subscribe(String id, String query) {
        return new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query", query)).encode();
    }
}
