package dev.newsgraph.db;

import dev.newsgraph.error.ServiceUnavailableException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission to the database for reads: at most {@code connections} at once, then a first-come-first-served queue of
 * at most {@code queue} waiting requests, each waiting at most {@code max-wait}. Beyond that a request is refused at
 * once with SERVICE_UNAVAILABLE, instead of piling up on the connection pool until its acquisition timeout.
 * The pool keeps its other connections for ingest, the health check and migrations.
 */
public final class ReadGate {

    @ConfigMapping(prefix = "newsgraph.db.reads")
    public interface Config {
        /** Connections reads may hold at once; keep it below quarkus.datasource.jdbc.max-size. */
        @WithDefault("14")
        int connections();

        /** Requests that may wait for a connection; more are refused at once. */
        @WithDefault("512")
        int queue();

        /** Longest wait in the queue. */
        @WithDefault("2s")
        Duration maxWait();
    }

    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queue;
    private final long maxWaitNanos;

    public ReadGate(int connections, int queue, Duration maxWait) {
        this.permits = new Semaphore(connections, true);
        this.queue = queue;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** Takes a connection slot, waiting in the queue if needed; refuses with SERVICE_UNAVAILABLE when full or too slow. */
    public void enter() {
        if (permits.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw new ServiceUnavailableException("The service is at capacity: too many requests are waiting for the database. Retry shortly.");
        }
        try {
            if (!permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                throw new ServiceUnavailableException("The service is at capacity: no database connection became free in time. Retry shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("The request was interrupted while waiting for the database.");
        } finally {
            waiting.decrementAndGet();
        }
    }

    public void leave() {
        permits.release();
    }

    /** Requests waiting now (for metrics and tests). */
    public int waiting() {
        return waiting.get();
    }

    /** Free slots now. */
    public int available() {
        return permits.availablePermits();
    }
}
