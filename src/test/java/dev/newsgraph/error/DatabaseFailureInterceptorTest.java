package dev.newsgraph.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached"; OutageIT covers the real outage end to end. */
class DatabaseFailureInterceptorTest {
    @Test
    void connectionFailuresAnywhereInTheCauseChainAreUnreachable() {
        assertTrue(DatabaseFailureInterceptor.unreachable(new IllegalStateException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseFailureInterceptor.unreachable(new RuntimeException(new SQLException("shutting down", "57P01"))));
        assertTrue(DatabaseFailureInterceptor.unreachable(new JDBCConnectionException("lost", new SQLException("closed", "08003"))));
        assertTrue(DatabaseFailureInterceptor.unreachable(new RuntimeException(new SQLTransientConnectionException("pool timeout"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseFailureInterceptor.unreachable(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key", "23505"), "article_content_hash_key")));
        assertFalse(DatabaseFailureInterceptor.unreachable(new RuntimeException(new SQLException("no state"))));
        assertFalse(DatabaseFailureInterceptor.unreachable(new IllegalArgumentException("bad")));
    }
}
