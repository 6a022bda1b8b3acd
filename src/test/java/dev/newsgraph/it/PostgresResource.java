package dev.newsgraph.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import dev.newsgraph.security.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * The database of the packaged application under test: the prod build has no embedded PostgreSQL, so the
 * integration tests start one and hand its coordinates to the application, with the sample data loaded.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private static TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = new TestDatabase(TestDatabase.reservedPort("it.postgresql.port"));
        database.startEmpty();
        Map<String, String> config = new HashMap<>(Tokens.trusted());
        config.putAll(Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "newsgraph.sample-data", "true",
                "newsgraph.warm-up.duration", "3s")); // ApiIT checks the warm-up; 3 s is one round or more
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
