package dev.newsgraph.http;

import dev.newsgraph.error.ErrorCodes;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Lets at most {@code running} GraphQL requests execute at once and queues the others, first come first served, on
 * no thread at all: a queued request is a routing context in a deque, resumed when a running one ends. A request
 * that finds the queue full, or waits longer than {@code max-wait}, is answered 503 with the code SERVICE_UNAVAILABLE
 * and a Retry-After header; one whose client leaves while queued is dropped.
 * <p>
 * A running request holds at most one database connection at a time (dev.newsgraph.db.Reads), so with {@code running}
 * no larger than the connections reads may take, a running request never waits for a connection: all waiting
 * happens here, once per request, before any work is done for it.
 */
@ApplicationScoped
public class RequestAdmission {
    private static final long SWEEP_MILLIS = 100;

    @ConfigMapping(prefix = "newsgraph.admission")
    public interface Config {
        /** GraphQL requests executing at once; at most newsgraph.db.reads.connections. */
        @WithDefault("14")
        int running();

        /** Requests that may wait for their turn; more are refused at once. */
        @WithDefault("1024")
        int queue();

        /** Longest wait for a turn. */
        @WithDefault("20s")
        Duration maxWait();
    }

    private record Waiting(RoutingContext routing, Context context, long timer) {
    }

    @Inject
    Config config;
    @Inject
    Vertx vertx;

    private final Deque<Waiting> queue = new ArrayDeque<>();
    private final Set<RoutingContext> running = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * SmallRye's handler takes over the response's end and close handlers, so a client that disconnects mid-request
     * may never call the routing context's end handlers: a sweep releases such turns too.
     */
    @PostConstruct
    void sweepRegularly() {
        vertx.setPeriodic(SWEEP_MILLIS, id -> {
            List<RoutingContext> done;
            synchronized (this) {
                done = running.stream().filter(routing -> routing.response().ended() || routing.response().closed()).toList();
            }
            done.forEach(this::finished);
        });
    }

    void admit(RoutingContext routing) {
        // OPTIONS and subscriptions (long-lived WebSocket upgrades) are not admitted here.
        if (routing.get(GraphQLMediaType.class.getName()) == null || routing.request().headers().contains(HttpHeaders.UPGRADE)) {
            routing.next();
            return;
        }
        boolean now;
        synchronized (this) {
            now = running.size() < config.running();
            if (now) {
                running.add(routing);
            } else if (queue.size() >= config.queue()) {
                refuse(routing, "The service is at capacity: too many requests are waiting. Retry shortly.");
                return;
            } else {
                Context context = Vertx.currentContext();
                long timer = vertx.setTimer(config.maxWait().toMillis(), id -> context.runOnContext(ignored -> expire(routing)));
                queue.add(new Waiting(routing, context, timer));
            }
        }
        if (now) {
            start(routing);
        }
    }

    private void start(RoutingContext routing) {
        if (routing.response().closed()) { // its client left meanwhile
            finished(routing);
            return;
        }
        routing.addEndHandler(ended -> finished(routing));
        routing.next();
    }

    /** Ends the turn of a request (once, whoever calls first) and gives it to the longest waiting one. */
    private void finished(RoutingContext routing) {
        Waiting next;
        synchronized (this) {
            if (!running.remove(routing)) {
                return;
            }
            next = queue.poll();
            while (next != null && next.routing.response().closed()) { // its client left while it waited
                vertx.cancelTimer(next.timer);
                next = queue.poll();
            }
            if (next == null) {
                return;
            }
            running.add(next.routing);
        }
        vertx.cancelTimer(next.timer);
        Waiting resumed = next;
        resumed.context.runOnContext(ignored -> start(resumed.routing));
    }

    private void expire(RoutingContext routing) {
        synchronized (this) {
            if (!queue.removeIf(waiting -> waiting.routing == routing)) {
                return; // it got its turn meanwhile
            }
        }
        if (!routing.response().closed()) {
            refuse(routing, "The service is at capacity: the request waited too long for its turn. Retry shortly.");
        }
    }

    private static void refuse(RoutingContext routing, String message) {
        GraphQLMediaType mediaType = routing.get(GraphQLMediaType.class.getName());
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", ErrorCodes.SERVICE_UNAVAILABLE));
        routing.response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.RETRY_AFTER, "1")
                .putHeader(HttpHeaders.CONTENT_TYPE, (mediaType == null ? GraphQLMediaType.APPLICATION_JSON : mediaType).contentType())
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
