package dev.newsgraph.graphql.page;

import dev.newsgraph.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyset (cursor) pagination in SQL: a page is "the next n rows after this (sort value, id)", which an index
 * answers directly however deep the page. A root list costs one statement (plus one or two for totalCount when
 * asked; a probed list up to three for each, see {@link Rows#andProbed}); the nested lists of a whole batch of parents
 * cost one statement together.
 */
@ApplicationScoped
public class KeysetPager {
    /** Root lists count their rows exactly up to this many; see {@link Connection#getTotalCount()}. */
    public static final int EXACT_COUNT_LIMIT = 1_000;
    /** How many rows a page of a probed list walks before it reads every match instead (see {@link Rows#andProbed}). */
    static final int WALKED_ROWS = 1_000;
    /** How many rows a page of a list {@link Rows#walkedOnly walked only} walks at most. */
    public static final int WALK_ONLY_ROWS = 5_000;
    /** {@link #WALK_ONLY_ROWS} as the schema's descriptions write it. */
    public static final String WALK_ONLY_ROWS_TEXT = "5,000";
    /** Probed lists (see {@link Rows#andProbed}) count their rows exactly up to this many. */
    public static final int EXACT_PROBED_COUNT_LIMIT = 100;
    /** The row estimate of a plan's top node, in EXPLAIN's text format: "... (cost=0.00..1.10 rows=10 width=4)". */
    private static final Pattern ESTIMATED_ROWS = Pattern.compile(" rows=(\\d+) ");

    @Inject
    Reads reads;

    /** One page of keys, in display order. */
    public record KeyPage(List<Long> keys, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage, long total) {
        static final KeyPage EMPTY = new KeyPage(List.of(), List.of(), false, false, 0);

        /** The edges of this page, for nodes loaded by key; a node deleted meanwhile is left out. */
        public <N, E extends Edge<N>> List<E> edges(Map<Long, N> nodes, java.util.function.BiFunction<String, N, E> edge) {
            List<E> edges = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                N node = nodes.get(keys.get(i));
                if (node != null) {
                    edges.add(edge.apply(cursors.get(i), node));
                }
            }
            return edges;
        }

        public PageInfo pageInfo() {
            return new PageInfo(hasNextPage, hasPreviousPage,
                    cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        }
    }

    public KeyPage page(Rows rows, PageRequest request) {
        return page(rows, request, WALKED_ROWS);
    }

    /** A page of rows; probed ones walk up to walkedRows rows before they read every match (see {@link Rows#andProbed}). */
    KeyPage page(Rows rows, PageRequest request, int walkedRows) {
        boolean descending = rows.descending() != request.backward();
        String order = " order by r.sort_value " + direction(descending) + ", r.id " + direction(descending);
        String limit = " limit " + (request.size() + 1);
        String cursor = request.cursor() == null ? "" : " and " + after(descending, rows.sortType());
        Map<String, Object> parameters = parameters(rows, request);
        List<PageRow> result = reads.run(session -> { // one connection for the page's statements
            if (!rows.probed()) {
                return pageRows("select r.id, cast(r.sort_value as text) from (" + rows.sql() + ") r where true" + cursor + order + limit,
                        parameters);
            }
            // The first walkedRows rows in the sort order, checking the condition on each: enough for a common word.
            String walked = "select r.id, r.sort_value, r.hit from (" + rows.walk() + ") r where true" + cursor + order
                    + " limit " + (rows.walkOnly() ? WALK_ONLY_ROWS : walkedRows);
            List<PageRow> hits = pageRows("select r.id, cast(r.sort_value as text) from (" + walked + ") r where r.hit" + limit, parameters);
            if (rows.walkOnly() || hits.size() > request.size() || number("select count(*) from (" + walked + ") r", parameters) < walkedRows) {
                return hits;
            }
            // Matches are rarer than that: all of them (from the condition's index: the CTE has no order for the
            // planner to walk), sorted.
            return pageRows("with matches as materialized (select r.id, r.sort_value from (" + rows.sql() + ") r where true" + cursor + ")"
                    + " select r.id, cast(r.sort_value as text) from matches r" + order + limit, parameters);
        });
        return toPage(result, request, -1);
    }

    /** One row of a page: its key, and its sort value as text (for its cursor). */
    private record PageRow(long key, String sortValue) {
    }

    private List<PageRow> pageRows(String sql, Map<String, Object> parameters) {
        PositionalSql statement = PositionalSql.of(sql, parameters);
        return reads.select(statement.text(), row -> new PageRow(row.getLong(1), row.getString(2)), statement.parameters());
    }

    /** The one number a statement selects. */
    private long number(String sql, Map<String, Object> parameters) {
        PositionalSql statement = PositionalSql.of(sql, parameters);
        return reads.select(statement.text(), row -> row.getLong(1), statement.parameters()).get(0);
    }

    /**
     * The number of rows, exact up to {@link #EXACT_COUNT_LIMIT} ({@link #EXACT_PROBED_COUNT_LIMIT} for a probed list):
     * counting a million rows takes longer than any page, so above the limit it is the planner's estimate, never
     * below the limit.
     */
    public long count(Rows rows) {
        return count(rows, WALKED_ROWS);
    }

    /** The number of rows; a probed list's is first counted among walkedRows rows. */
    long count(Rows rows, int walkedRows) {
        return reads.run(session -> { // one connection for the count's statements
            if (rows.probed()) {
                return probedCount(rows, walkedRows);
            }
            long counted = firstRows("select 1 from (" + rows.sql() + ") r", rows, EXACT_COUNT_LIMIT + 1);
            return counted <= EXACT_COUNT_LIMIT ? counted : estimate(rows, EXACT_COUNT_LIMIT + 1);
        });
    }

    /**
     * A probed list's count: a common word's matches are counted past the limit among the first rows in the sort
     * order, which an index gives (finding a thousand of them took thousands of rows, and reading them from the GIN
     * index took longer); only a word found too rarely there is counted from the index.
     */
    private long probedCount(Rows rows, int walkedRows) {
        long[] counts = sample(rows, walkedRows);
        if (counts[0] <= EXACT_PROBED_COUNT_LIMIT && counts[1] == walkedRows && rows.walkOnly()) {
            counts = sample(rows, WALK_ONLY_ROWS); // all a walked-only list checks
        }
        long hits = counts[0];
        if (hits > EXACT_PROBED_COUNT_LIMIT) {
            return estimate(rows, EXACT_PROBED_COUNT_LIMIT + 1);
        }
        if (counts[1] < walkedRows || rows.walkOnly()) {
            return hits; // every row was checked, or all a walked-only list checks
        }
        // The CTE has no order for the planner to walk: it reads the matches from the condition's index.
        long counted = firstRows("select r.id from (" + rows.sql() + ") r", rows, EXACT_PROBED_COUNT_LIMIT + 1);
        return counted <= EXACT_PROBED_COUNT_LIMIT ? counted : estimate(rows, EXACT_PROBED_COUNT_LIMIT + 1);
    }

    /** Among the first rows of a probed list (at most walkedRows, in its order), how many match, and how many there are. */
    private long[] sample(Rows rows, int walkedRows) {
        PositionalSql sample = PositionalSql.of("select count(*) filter (where r.hit), count(*) from (select r.hit from ("
                + rows.walk() + ") r order by r.sort_value " + direction(rows.descending()) + ", r.id " + direction(rows.descending())
                + " limit " + walkedRows + ") r", rows.parameters());
        return reads.select(sample.text(), row -> new long[] {row.getLong(1), row.getLong(2)}, sample.parameters()).get(0);
    }

    /** How many rows the query gives, counting at most limit. */
    private long firstRows(String sql, Rows rows, int limit) {
        return number("with counted as materialized (" + sql + " limit " + limit + ") select count(*) from counted", rows.parameters());
    }

    /** The planner's estimate of the number of rows, at least the given minimum. */
    private long estimate(Rows rows, long minimum) {
        PositionalSql explain = PositionalSql.of("explain select 1 from (" + rows.sql() + ") r", rows.parameters());
        Matcher estimate = ESTIMATED_ROWS.matcher(reads.select(explain.text(), row -> row.getString(1), explain.parameters()).get(0));
        return Math.max(minimum, estimate.find() ? Long.parseLong(estimate.group(1)) : 0);
    }

    /** One page per parent, all in one statement. rows must restrict parent to {@code :parents}. */
    public Map<Long, KeyPage> pages(Rows rows, Collection<Long> parents, PageRequest request) {
        boolean descending = rows.descending() != request.backward();
        String order = "sort_value " + direction(descending) + ", id " + direction(descending);
        String sql = "select parent, id, cast(sort_value as text), total from ("
                + " select t.*, row_number() over (partition by parent order by " + order + ") as rn from ("
                + "  select r.*, count(*) over (partition by r.parent) as total from (" + rows.sql() + ") r) t"
                + (request.cursor() == null ? "" : " where " + after(descending, rows.sortType()).replace("r.", "t."))
                + ") p where rn <= " + (request.size() + 1) + " order by parent, rn";
        Map<String, Object> parameters = parameters(rows, request);
        parameters.put("parents", List.copyOf(parents));
        PositionalSql statement = PositionalSql.of(sql, parameters);
        record ParentRow(long parent, PageRow row, long total) {
        }
        List<ParentRow> result = reads.select(statement.text(),
                row -> new ParentRow(row.getLong(1), new PageRow(row.getLong(2), row.getString(3)), row.getLong(4)), statement.parameters());
        Map<Long, List<PageRow>> byParent = new LinkedHashMap<>();
        Map<Long, Long> totals = new HashMap<>();
        for (ParentRow row : result) {
            byParent.computeIfAbsent(row.parent(), parent -> new ArrayList<>()).add(row.row());
            totals.put(row.parent(), row.total());
        }
        Map<Long, KeyPage> pages = new HashMap<>();
        for (Long parent : parents) {
            List<PageRow> parentRows = byParent.getOrDefault(parent, List.of());
            pages.put(parent, parentRows.isEmpty() && !request.hasCursor() ? KeyPage.EMPTY
                    : toPage(parentRows, request, totals.getOrDefault(parent, 0L)));
        }
        return pages;
    }

    private static String after(boolean descending, SortType sortType) {
        String op = descending ? "<" : ">";
        String value = "cast(:cursorValue as " + sortType.sql + ")";
        if (sortType == SortType.BIGINT) {
            // Lists sorted by a number sort by their id (statements). A row comparison there set where the scan of the
            // id index starts, ahead of a tighter bound on the id (the ids of a window of days, see StatementWindows),
            // and walked up to 250,000 ids outside the window: written with scalars, the bounds merge.
            return "r.sort_value " + op + "= " + value + " and (r.sort_value " + op + " " + value + " or r.id " + op + " :cursorKey)";
        }
        return "(r.sort_value, r.id) " + op + " (" + value + ", :cursorKey)";
    }

    private static String direction(boolean descending) {
        return descending ? "desc" : "asc";
    }

    /** The rows' parameters, and the cursor's when the page starts after one (checked first). */
    private static Map<String, Object> parameters(Rows rows, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>(rows.parameters());
        if (request.cursor() != null) {
            rows.sortType().check(request.cursor().sortValue(), request.cursorArgument());
            parameters.put("cursorValue", request.cursor().sortValue());
            parameters.put("cursorKey", request.cursor().key());
        }
        return parameters;
    }

    private static KeyPage toPage(List<PageRow> rows, PageRequest request, long total) {
        boolean more = rows.size() > request.size();
        List<PageRow> shown = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (request.backward()) {
            Collections.reverse(shown);
        }
        List<Long> keys = new ArrayList<>(shown.size());
        List<String> cursors = new ArrayList<>(shown.size());
        for (PageRow row : shown) {
            keys.add(row.key());
            cursors.add(new Cursor(row.sortValue(), row.key()).encode());
        }
        boolean hasNext = request.backward() ? request.hasCursor() : more;
        boolean hasPrevious = request.backward() ? more : request.hasCursor();
        return new KeyPage(keys, cursors, hasNext, hasPrevious, total);
    }
}
