package dev.newsgraph.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The one value a statement typed by hand selects, for the tests of what triggers keep. */
final class SqlByHand {
    private SqlByHand() {
    }

    static long key(Statement sql, String insertReturningId) throws SQLException {
        return (Long) value(sql, insertReturningId);
    }

    /** The value of the first column of the first row, null for SQL null. */
    static Object value(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getObject(1);
        }
    }
}
