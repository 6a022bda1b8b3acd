package dev.newsgraph.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A database of its own for the outage test, which stops and restarts it under the running application. */
public class StoppablePostgresResource implements QuarkusTestResourceLifecycleManager {
    private static TestDatabase database;

    @Override
    public Map<String, String> start() {
        database = new TestDatabase(TestDatabase.reservedPort("it.outage-postgresql.port"));
        database.startEmpty();
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username());
    }

    @Override
    public void stop() {
        database.stop();
    }

    static TestDatabase database() {
        return database;
    }
}
