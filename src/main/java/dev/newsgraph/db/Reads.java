package dev.newsgraph.db;

import dev.newsgraph.error.DatabaseFailures;
import dev.newsgraph.error.DatabaseUnavailableException;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

/**
 * How every read path reaches the database. A unit of work gets its own stateless session, and with it one pooled
 * connection, for the time it runs, and gives both back before it returns, whatever happens to the HTTP request
 * meanwhile. So a request never holds a connection while it waits (for the next level of its query, or for a
 * client that has gone), never holds two (nested units of work share the outer one), and nothing it holds
 * depends on the request-scoped persistence context that ends when the client disconnects.
 * <p>
 * Units of work wait for a connection in {@link ReadGate}'s bounded queue, never on a Vert.x event loop (they refuse
 * to run there), and not at all once their client has disconnected.
 */
@ApplicationScoped
public class Reads {
    /** Where GraphQLHttpFilter leaves the HTTP request on its Vert.x context, so that work for a gone client stops. */
    public static final String REQUEST = Reads.class.getName() + ".request";

    private final ThreadLocal<StatelessSession> current = new ThreadLocal<>();

    @Inject
    SessionFactory sessionFactory;
    @Inject
    ReadGate.Config config;
    ReadGate gate;

    @PostConstruct
    void init() {
        gate = new ReadGate(config.connections(), config.queue(), config.maxWait());
    }

    public <T> T run(Function<StatelessSession, T> work) {
        StatelessSession outer = current.get();
        if (outer != null) {
            return work.apply(outer);
        }
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("Database work on a Vert.x event loop: run it on a worker thread");
        }
        if (clientGone()) {
            throw new ClientGoneException();
        }
        gate.enter();
        if (clientGone()) { // it may have left while this waited its turn
            gate.leave();
            throw new ClientGoneException();
        }
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            current.set(session);
            return work.apply(session);
        } catch (RuntimeException e) {
            if (DatabaseFailures.unreachable(e)) {
                throw new DatabaseUnavailableException();
            }
            throw e;
        } finally {
            current.remove();
            gate.leave();
        }
    }

    public ReadGate gate() {
        return gate;
    }

    private static boolean clientGone() {
        if (VertxContext.isOnDuplicatedContext()) {
            HttpServerRequest request = ContextLocals.<HttpServerRequest>get(REQUEST).orElse(null);
            return request != null && request.response().closed();
        }
        return false;
    }
}
