package dev.newsgraph.graphql.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows a connection pages through, as SQL selecting the columns {@code parent} (the owner of a nested list;
 * any constant for a root list), {@code id} and {@code sort_value}, with its named parameters. Each row must be
 * unique, and sort_value never null.
 *
 * @param sortType type of sort_value, to check and read a cursor's value back
 * @param descending order of sort_value (ties broken by id in the same direction)
 */
public record Rows(String sql, Map<String, Object> parameters, SortType sortType, boolean descending) {

    public static Rows of(String sql, SortType sortType, boolean descending) {
        return new Rows(sql, new LinkedHashMap<>(), sortType, descending);
    }

    /** These rows restricted by one more SQL condition. */
    public Rows and(String condition) {
        return new Rows(sql + " and " + condition, parameters, sortType, descending);
    }

    public Rows with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }
}
