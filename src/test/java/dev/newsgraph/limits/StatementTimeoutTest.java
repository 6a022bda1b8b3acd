package dev.newsgraph.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * newsgraph.db.statement-timeout reaches every connection of the pool as PostgreSQL's statement_timeout, whatever the
 * JDBC URL: a statement that runs longer is cancelled by the server instead of holding a connection.
 */
@QuarkusTest
@TestProfile(StatementTimeoutTest.ShortTimeout.class)
class StatementTimeoutTest {
    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.db.statement-timeout", "1s");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTimeoutIsSetOnPooledConnections() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show statement_timeout")) {
            result.next();
            assertEquals("1s", result.getString(1));
        }
    }

    @Test
    void aSlowStatementIsCancelled() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            SQLException cancelled = assertThrows(SQLException.class, () -> statement.executeQuery("select pg_sleep(30)"));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("StatementTimeoutTest: pg_sleep(30) cancelled after %.2f s: %s%n", seconds, cancelled.getMessage());
            assertEquals("57014", cancelled.getSQLState(), "query_canceled");
            assertTrue(seconds < 10, "cancelled after " + seconds + " s");
        }
    }
}
