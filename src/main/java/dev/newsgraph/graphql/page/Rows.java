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
 * @param probed whether a page first collects a bounded number of the rows in any order, and sorts them when that is
 *               all of them (see {@link KeysetPager#page}); for conditions an index finds the rows of, but whose
 *               number the planner cannot guess (a full-text match: a word it has no statistics for may be in one
 *               row or in half of them), so that walking the sort order in the hope of a match is bounded
 */
public record Rows(String sql, Map<String, Object> parameters, SortType sortType, boolean descending, boolean probed) {

    public Rows(String sql, Map<String, Object> parameters, SortType sortType, boolean descending) {
        this(sql, parameters, sortType, descending, false);
    }

    public static Rows of(String sql, SortType sortType, boolean descending) {
        return new Rows(sql, new LinkedHashMap<>(), sortType, descending);
    }

    /** These rows restricted by one more SQL condition. */
    public Rows and(String condition) {
        return new Rows(sql + " and " + condition, parameters, sortType, descending, probed);
    }

    /** These rows restricted by a condition whose number of rows the planner cannot guess; see {@code probed}. */
    public Rows andProbed(String condition) {
        return and(condition).probed(true);
    }

    /** These rows, probed or not; see {@code probed}. */
    public Rows probed(boolean probe) {
        return new Rows(sql, parameters, sortType, descending, probed || probe);
    }

    public Rows with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }
}
