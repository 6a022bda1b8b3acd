package dev.newsgraph.ingest;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * PostgreSQL array literals, bound as one text parameter and cast in the statement ({@code cast(:names as text[])}), so
 * that a statement can take any number of values: one round trip instead of one per value.
 */
final class SqlArrays {
    private SqlArrays() {
    }

    /** {@code {"a","b \"c\"",NULL}}: every element quoted (backslash before quotes and backslashes), nulls as NULL. */
    static String text(Collection<String> values) {
        return values.stream()
                .map(value -> value == null ? "NULL" : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** {@code {1,NULL,3}}: numbers, dates and other values whose text needs no quoting. */
    static String plain(Collection<?> values) {
        return values.stream().map(value -> value == null ? "NULL" : value.toString()).collect(Collectors.joining(",", "{", "}"));
    }
}
