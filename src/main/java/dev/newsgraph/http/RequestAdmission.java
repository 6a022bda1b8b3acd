package dev.newsgraph.http;

import dev.newsgraph.db.ReadGate;
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
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets at most {@code running} GraphQL requests execute at once and queues the others, first come first served, on
 * no thread at all: a queued request is a routing context in a queue, resumed on its own event loop when a running
 * one ends. A request that finds the queue full, or waits longer than {@code max-wait}, is answered 503 with the code
 * SERVICE_UNAVAILABLE and a Retry-After header; one whose client leaves while queued is dropped when its turn comes.
 * <p>
 * A running request holds at most one database connection at a time (dev.newsgraph.db.Reads), so with {@code running}
 * no larger than the connections reads may take, a running request never waits for a connection: all waiting
 * happens here, once per request, before any work is done for it.
 * <p>
 * No locks: a turn ends in the response's headers-end handler, which Vert.x calls while it holds the connection's
 * monitor, on whatever thread ends the response. Taking a lock there that is also held while looking at another
 * response (whose methods take that response's connection monitor) deadlocks two connections; so turns are counted
 * with atomics, and a resumed request looks at its own response only on its own event loop.
 */
@ApplicationScoped
public class RequestAdmission {
    private static final long SWEEP_MILLIS = 100;

    @ConfigMapping(prefix = "newsgraph.admission")
    public interface Config {
        /**
         * GraphQL requests executing at once, at most newsgraph.db.reads.connections; by default three per core (as
         * many as those connections at most): on two cores shared with PostgreSQL, 14 at once answered the front page
         * at 8 connections with a p99 of 59 to 121 ms, 6 with 24 to 25 ms, at the same rate (docs/performance.md).
         */
        Optional<Integer> running();

        /** Requests that may wait for their turn; more are refused at once. */
        @WithDefault("1024")
        int queue();

        /** Longest wait for a turn. */
        @WithDefault("20s")
        Duration maxWait();
    }

    /** A running request; ends once, whoever sees its end first. */
    private record Turn(RoutingContext routing, AtomicBoolean over) {
    }

    /** A queued request; either resumed or expired, whichever comes first. */
    private static final class Waiting {
        final RoutingContext routing;
        final Context context;
        final AtomicBoolean settled = new AtomicBoolean();
        volatile long timer;

        Waiting(RoutingContext routing, Context context) {
            this.routing = routing;
            this.context = context;
        }
    }

    @Inject
    Config config;
    @Inject
    ReadGate.Config reads;
    @Inject
    Vertx vertx;
    /** newsgraph.admission.running, or three per core, no more than the connections reads may take. */
    private int runningAtMost;

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final Set<Turn> turns = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        int perCores = 3 * Runtime.getRuntime().availableProcessors();
        runningAtMost = config.running().orElse(Math.min(perCores, reads.connections()));
        sweepRegularly();
    }

    /**
     * The response's end and close handlers belong to SmallRye's handler, so a client that disconnects mid-request
     * never reaches the headers-end handler: a sweep ends such turns.
     */
    private void sweepRegularly() {
        vertx.setPeriodic(SWEEP_MILLIS, id -> turns.forEach(turn -> {
            if (turn.routing.response().closed()) {
                end(turn);
            }
        }));
    }

    void admit(RoutingContext routing) {
        // OPTIONS and subscriptions (long-lived WebSocket upgrades) are not admitted here.
        if (routing.get(GraphQLMediaType.class.getName()) == null || routing.request().headers().contains(HttpHeaders.UPGRADE)) {
            routing.next();
            return;
        }
        if (takeTurn()) {
            start(routing);
            return;
        }
        if (waiting.incrementAndGet() > config.queue()) {
            waiting.decrementAndGet();
            refuse(routing, "The service is at capacity: too many requests are waiting. Retry shortly.");
            return;
        }
        Waiting queued = new Waiting(routing, Vertx.currentContext());
        queued.timer = vertx.setTimer(config.maxWait().toMillis(), id -> expire(queued));
        queue.add(queued);
        handOver(); // every turn may have ended between takeTurn() and add()
    }

    /** Runs on the request's own event loop. */
    private void start(RoutingContext routing) {
        Turn turn = new Turn(routing, new AtomicBoolean());
        if (routing.response().closed()) { // its client left while it waited
            end(turn);
            return;
        }
        turns.add(turn);
        routing.addHeadersEndHandler(ignored -> end(turn));
        routing.next();
    }

    private void end(Turn turn) {
        if (turn.over.compareAndSet(false, true)) {
            turns.remove(turn);
            running.decrementAndGet();
            handOver();
        }
    }

    /** Gives free turns to the longest waiting requests. */
    private void handOver() {
        while (!queue.isEmpty() && takeTurn()) {
            Waiting next = queue.poll();
            if (next == null || !next.settled.compareAndSet(false, true)) { // taken by another hand-over, or expired
                running.decrementAndGet();
                continue;
            }
            waiting.decrementAndGet();
            vertx.cancelTimer(next.timer);
            next.context.runOnContext(ignored -> start(next.routing));
        }
    }

    private boolean takeTurn() {
        int now;
        do {
            now = running.get();
            if (now >= runningAtMost) {
                return false;
            }
        } while (!running.compareAndSet(now, now + 1));
        return true;
    }

    /** Runs on the context that queued the request, so the refusal is written from its event loop. */
    private void expire(Waiting queued) {
        if (!queued.settled.compareAndSet(false, true)) {
            return; // it got its turn meanwhile
        }
        queue.remove(queued);
        waiting.decrementAndGet();
        if (!queued.routing.response().closed()) {
            refuse(queued.routing, "The service is at capacity: the request waited too long for its turn. Retry shortly.");
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
