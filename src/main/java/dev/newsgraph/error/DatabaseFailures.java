package dev.newsgraph.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/** Tells "cannot reach the database" failures from the others. */
public final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /** Whether the failure, or one of its causes, says the connection could not be made or was lost. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: server shutting down, crashed, or not yet accepting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
