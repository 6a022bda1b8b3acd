package dev.newsgraph.graphql.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The rows a connection pages through, as SQL selecting the columns {@code parent} (the owner of a nested list;
 * any constant for a root list), {@code id} and {@code sort_value}, with its named parameters. Each row must be
 * unique, and sort_value never null.
 *
 * @param sortType type of sort_value, to check and read a cursor's value back
 * @param descending order of sort_value (ties broken by id in the same direction)
 * @param walk null, or for rows restricted by {@link #andProbed a probed condition}: the same SQL without that
 *             condition, selecting whether each row meets it as the boolean column {@code hit}
 * @param walkOnly whether a page of probed rows only walks them, never reads every match (see {@link #walkedOnly})
 */
public record Rows(String sql, Map<String, Object> parameters, SortType sortType, boolean descending, String walk, boolean walkOnly) {

    public Rows(String sql, Map<String, Object> parameters, SortType sortType, boolean descending) {
        this(sql, parameters, sortType, descending, null, false);
    }

    public static Rows of(String sql, SortType sortType, boolean descending) {
        return new Rows(sql, new LinkedHashMap<>(), sortType, descending);
    }

    /** These rows restricted by one more SQL condition. */
    public Rows and(String condition) {
        return new Rows(sql + " and " + condition, parameters, sortType, descending, walk == null ? null : walk + " and " + condition,
                walkOnly);
    }

    /**
     * These rows restricted by a condition an index finds the rows of, but whose number of rows the planner cannot
     * guess (a full-text match: a word it has no statistics for may be in no row or in half of them), or whose rows
     * lie anywhere in the sort order (statements by date, sorted by id). A page of them walks a bounded number of rows
     * in the sort order, checking the probed conditions on each, and only when that finds too few reads all the
     * matching rows through the conditions' indexes and sorts them (see {@link KeysetPager#page}). The rows' SQL
     * must select from its first " from ".
     */
    public Rows andProbed(String condition) {
        String hit = walk == null
                ? sql.substring(0, sql.indexOf(" from ")) + ", (" + condition + ") as hit" + sql.substring(sql.indexOf(" from "))
                : walk.replaceFirst(" as hit ", Matcher.quoteReplacement(" and (" + condition + ") as hit "));
        return new Rows(sql + " and " + condition, parameters, sortType, descending, hit, walkOnly);
    }

    /**
     * These probed rows, for a condition whose index would read too many rows to find its matches (a text filter
     * whose words are all common, with a negation or a phrase that few of their rows meet): a page walks at most
     * {@link KeysetPager#WALK_ONLY_ROWS} rows in the sort order and ends the list when it finds fewer matches than
     * asked there; their count is counted among as many rows.
     */
    public Rows walkedOnly() {
        return new Rows(sql, parameters, sortType, descending, walk, true);
    }

    /** Whether a page walks these rows first; see {@link #andProbed}. */
    public boolean probed() {
        return walk != null;
    }

    public Rows with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }
}
