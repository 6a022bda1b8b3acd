package dev.newsgraph.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import dev.newsgraph.security.Tokens;
import java.util.HashMap;
import java.util.Map;

/** A database of its own for the outage test, which stops and restarts it under the running application. */
public class StoppablePostgresResource implements QuarkusTestResourceLifecycleManager {
    private static TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = new TestDatabase(TestDatabase.reservedPort("it.outage-postgresql.port"));
        database.startEmpty();
        Map<String, String> config = new HashMap<>(Tokens.trusted());
        config.putAll(Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "newsgraph.warm-up.duration", "0")); // the outage tests count what the service logs
        return config;
    }

    @Override
    public void stop() {
        database.stop();
    }

    static TestDatabase database() {
        return database;
    }
}
