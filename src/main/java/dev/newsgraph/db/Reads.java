package dev.newsgraph.db;

import dev.newsgraph.error.ClientGoneException;
import dev.newsgraph.error.DatabaseFailures;
import dev.newsgraph.error.DatabaseUnavailableException;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

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
    private StatisticsImplementor statistics;

    @PostConstruct
    void init() {
        gate = new ReadGate(config.connections(), config.queue(), config.maxWait());
        statistics = sessionFactory.unwrap(SessionFactoryImplementor.class).getStatistics();
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

    /** Maps the current row of a JDBC result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * The rows of one SQL statement, through plain JDBC in a unit of work: for read paths that only copy rows into
     * views, with neither entity hydration nor a query translation per call, and with the same SQL text whatever the
     * number of keys, so that the driver prepares it once per connection. A collection or array parameter is bound as a
     * PostgreSQL array: {@code where id = any(?)}.
     */
    public <T> List<T> select(String sql, Row<T> row, Object... parameters) {
        return run(session -> session.doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
                return mapped(rows, row);
            }
        }));
    }

    /**
     * As {@link #select}, with PostgreSQL's plan cache on for this one statement. The pool plans every execution anew
     * (plan_cache_mode=force_custom_plan), which the filtered lists need: their best plan depends on the values. A
     * statement that only looks rows up by key, such as a compiled read, has one best plan, and planning it anew cost
     * as much as running it.
     */
    public <T> List<T> selectWithCachedPlan(String sql, Row<T> row, Object... parameters) {
        // The three statements go in one round trip: the driver sends a multi-statement text as one pipeline.
        return run(session -> session.doReturningWork(connection -> {
            try (PreparedStatement statement = prepare(connection, "set plan_cache_mode = auto; " + sql + "; reset plan_cache_mode",
                    parameters)) {
                statement.execute();
                List<T> result = new ArrayList<>();
                do {
                    try (ResultSet rows = statement.getResultSet()) {
                        if (rows != null) {
                            result.addAll(mapped(rows, row));
                        }
                    }
                } while (statement.getMoreResults() || statement.getUpdateCount() != -1);
                return result;
            }
        }));
    }

    /** The statement with its parameters bound, counted in Hibernate's statistics (metrics, the N+1 tests). */
    private PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        if (statistics.isStatisticsEnabled()) {
            statistics.prepareStatement();
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(connection, statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static <T> List<T> mapped(ResultSet rows, Row<T> row) throws SQLException {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
            result.add(row.map(rows));
        }
        return result;
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Object[] values) {
            bind(connection, statement, index, Arrays.asList(values));
        } else if (value instanceof Collection<?> values) {
            String type = values.stream().allMatch(element -> element instanceof Number) ? "bigint" : "text";
            statement.setArray(index, connection.createArrayOf(type, values.toArray()));
        } else {
            statement.setObject(index, value);
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
