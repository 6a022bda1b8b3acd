package dev.newsgraph.graphql.subscription;

import dev.newsgraph.ingest.GraphNotifications;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs for the events of every instance on a dedicated database connection (outside the pool, which would
 * otherwise lose a connection for good) and hands them to {@link GraphEvents}. When the connection drops, it
 * reconnects; events committed while it is disconnected are not replayed (subscriptions are live feeds).
 */
@ApplicationScoped
public class EventListener {
    private static final Logger LOG = Logger.getLogger(EventListener.class);
    private static final int POLL_MILLIS = 1000;
    private static final long MAX_BACKOFF_MILLIS = 5000;

    @Inject
    GraphEvents events;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    /**
     * First of the start's observers: readiness waits for this connection, so it opens while the schema is checked
     * (db/MigrateAtStart) and the sample data stored, instead of after them. LISTEN needs no schema.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "newsgraph-event-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2 * POLL_MILLIS);
    }

    /** Whether this instance is connected and hears the events of every instance. */
    public boolean listening() {
        return listening;
    }

    private void run() {
        long backoff = 100;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + GraphNotifications.CHANNEL);
                }
                listening = true;
                backoff = 100;
                LOG.info("Listening for graph events");
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                        deliver(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (listening) {
                    LOG.warnf("Graph event listener disconnected (%s); reconnecting", e.getMessage());
                } else {
                    LOG.debugf("Graph event listener cannot connect (%s); retrying", e.getMessage());
                }
            } finally {
                listening = false;
            }
            backoff = pause(backoff);
        }
    }

    private void deliver(String payload) {
        try {
            events.deliver(GraphEvent.parse(payload));
        } catch (RuntimeException e) {
            // One undeliverable event (e.g. the database went away while loading it) must not stop the listener.
            LOG.warnf("Graph event %s not delivered: %s", payload, e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
        }
        connection.setAutoCommit(true);
        return connection;
    }

    private long pause(long backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
    }
}
