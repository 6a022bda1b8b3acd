package dev.newsgraph.graphql.page;

import dev.newsgraph.error.BadUserInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The SQL type of a connection's sort value, so that a cursor's value can be checked and read back. */
public enum SortType {
    DATE("date"),
    BIGINT("bigint"),
    TEXT("text");

    final String sql;

    SortType(String sql) {
        this.sql = sql;
    }

    /** The PostgreSQL type of the sort values. */
    public String sqlType() {
        return sql;
    }

    /** A cursor made by another connection, or by hand, is refused before it reaches SQL. */
    void check(String sortValue, String argument) {
        try {
            switch (this) {
                case DATE -> LocalDate.parse(sortValue);
                case BIGINT -> Long.parseLong(sortValue);
                case TEXT -> { }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BadUserInputException("Cursor in '" + argument + "' does not belong to this connection: use a cursor returned by it");
        }
    }
}
