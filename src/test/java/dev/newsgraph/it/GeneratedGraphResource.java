package dev.newsgraph.it;

import dev.newsgraph.security.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * A database of its own, without the sample data, for the load tests: they fill it with the benchmark generator
 * (scripts/bench/generate.sql) once the application has migrated it.
 */
public class GeneratedGraphResource implements QuarkusTestResourceLifecycleManager {
    private static TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = new TestDatabase(TestDatabase.reservedPort("it.load-postgresql.port"));
        database.startEmpty();
        Map<String, String> config = new HashMap<>(Tokens.trusted());
        config.putAll(Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "newsgraph.warm-up.duration", "0")); // the load tests measure their own requests alone
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
