package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real graphql-transport-ws client of /graphql: connects, subscribes, answers pings and queues every other message. */
public final class GraphQLWebSocket implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    public GraphQLWebSocket(String host, int port) throws Exception {
        try {
            socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
                            .setHost(host).setPort(port).setURI("/graphql")
                            .setSubProtocols(List.of("graphql-transport-ws")))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            socket.textMessageHandler(text -> {
                JsonObject message = new JsonObject(text);
                if ("ping".equals(message.getString("type"))) {
                    // Keep-alive, answered as the protocol asks; never part of what a test waits for.
                    socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
                } else {
                    messages.add(message);
                }
            });
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            assertEquals("connection_ack", next().getString("type"));
        } catch (Exception | AssertionError e) {
            vertx.close();
            throw e;
        }
    }

    public void subscribe(String id, String query) {
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query)).encode());
    }

    /** The next message, or null when none arrives within 10 seconds. */
    public JsonObject next() throws InterruptedException {
        return messages.poll(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.close();
        vertx.close();
    }
}
