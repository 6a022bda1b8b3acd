package dev.newsgraph.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached"; OutageIT covers the real outage end to end. */
class DatabaseFailuresTest {
    @Test
    void connectionFailuresAnywhereInTheCauseChainAreUnreachable() {
        assertTrue(DatabaseFailures.unreachable(new IllegalStateException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseFailures.unreachable(new RuntimeException(new SQLException("shutting down", "57P01"))));
        assertTrue(DatabaseFailures.unreachable(new JDBCConnectionException("lost", new SQLException("closed", "08003"))));
        assertTrue(DatabaseFailures.unreachable(new RuntimeException(new SQLTransientConnectionException("pool timeout"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseFailures.unreachable(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "article_content_hash_key")));
        assertFalse(DatabaseFailures.unreachable(new RuntimeException(new SQLException("no state"))));
        assertFalse(DatabaseFailures.unreachable(new IllegalArgumentException("bad")));
    }
}
