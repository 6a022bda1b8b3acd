package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ingest transaction reuses its plans (the foreign key checks and trigger statements of every article were planned
 * again each time under the connections' force_custom_plan), and only it: the reads that share the pool's connections
 * keep planning each statement for its values.
 */
@QuarkusTest
class IngestPlansTest {
    @Inject
    IngestLocks locks;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTransactionsFirstStatementLetsItReusePlansUntilItEnds() {
        assertEquals("force_custom_plan", planCacheMode(), "the connections' setting, for the reads");
        String during = QuarkusTransaction.requiringNew().call(() -> {
            locks.begin(List.of("Ostrava Plans Bureau"));
            return planCacheMode();
        });
        assertEquals("auto", during);
        assertEquals("force_custom_plan", planCacheMode(), "back to the connections' setting after the commit");
    }

    private String planCacheMode() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show plan_cache_mode")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
