package dev.newsgraph.graphql.page;

import dev.newsgraph.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import org.hibernate.StatelessSession;
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
        List<Object[]> result = reads.run(session -> {
            if (!rows.probed()) {
                return rows(session, "select r.id, cast(r.sort_value as text) from (" + rows.sql() + ") r where true" + cursor + order + limit,
                        rows, request);
            }
            // The first walkedRows rows in the sort order, checking the condition on each: enough for a common word.
            String walked = "select r.id, r.sort_value, r.hit from (" + rows.walk() + ") r where true" + cursor + order + " limit " + walkedRows;
            List<Object[]> hits = rows(session, "select r.id, cast(r.sort_value as text) from (" + walked + ") r where r.hit" + limit,
                    rows, request);
            if (hits.size() > request.size()
                    || ((Number) rows(session, "select count(*) from (" + walked + ") r", rows, request).get(0)).intValue() < walkedRows) {
                return hits;
            }
            // Matches are rarer than that: all of them (from the condition's index: the CTE has no order for the
            // planner to walk), sorted.
            return rows(session, "with matches as materialized (select r.id, r.sort_value from (" + rows.sql() + ") r where true" + cursor + ")"
                    + " select r.id, cast(r.sort_value as text) from matches r" + order + limit, rows, request);
        });
        return toPage(result, request, -1);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(StatelessSession session, String sql, Rows rows, PageRequest request) {
        return bind(session.createNativeQuery(sql), rows, request).getResultList();
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
        return reads.run(session -> {
            if (rows.probed()) {
                return probedCount(session, rows, walkedRows);
            }
            long counted = firstRows(session, "select 1 from (" + rows.sql() + ") r", rows, EXACT_COUNT_LIMIT + 1);
            return counted <= EXACT_COUNT_LIMIT ? counted : estimate(session, rows, EXACT_COUNT_LIMIT + 1);
        });
    }

    /**
     * A probed list's count: a common word's matches are counted past the limit among the first rows in the sort
     * order, which an index gives (finding a thousand of them took thousands of rows, and reading them from the GIN
     * index took longer); only a word found too rarely there is counted from the index.
     */
    private long probedCount(StatelessSession session, Rows rows, int walkedRows) {
        Object[] sample = (Object[]) bound(session.createNativeQuery("select count(*) filter (where r.hit), count(*) from (select r.hit from ("
                        + rows.walk() + ") r order by r.sort_value, r.id limit " + walkedRows + ") r"), rows).getSingleResult();
        long hits = ((Number) sample[0]).longValue();
        if (hits > EXACT_PROBED_COUNT_LIMIT) {
            return estimate(session, rows, EXACT_PROBED_COUNT_LIMIT + 1);
        }
        if (((Number) sample[1]).longValue() < walkedRows) {
            return hits; // every row was checked
        }
        // The CTE has no order for the planner to walk: it reads the matches from the condition's index.
        long counted = firstRows(session, "select r.id from (" + rows.sql() + ") r", rows, EXACT_PROBED_COUNT_LIMIT + 1);
        return counted <= EXACT_PROBED_COUNT_LIMIT ? counted : estimate(session, rows, EXACT_PROBED_COUNT_LIMIT + 1);
    }

    /** How many rows the query gives, counting at most limit. */
    private static long firstRows(StatelessSession session, String sql, Rows rows, int limit) {
        return ((Number) bound(session.createNativeQuery("with counted as materialized (" + sql + " limit " + limit + ") select count(*) from counted"),
                rows).getSingleResult()).longValue();
    }

    /** The planner's estimate of the number of rows, at least the given minimum. */
    private static long estimate(StatelessSession session, Rows rows, long minimum) {
        Matcher estimate = ESTIMATED_ROWS.matcher(String.valueOf(
                bound(session.createNativeQuery("explain select 1 from (" + rows.sql() + ") r"), rows).getResultList().get(0)));
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
        @SuppressWarnings("unchecked")
        List<Object[]> result = reads.run(session -> bind(session.createNativeQuery(sql), rows, request)
                .setParameter("parents", parents.toArray(Long[]::new)).getResultList());
        Map<Long, List<Object[]>> byParent = new LinkedHashMap<>();
        for (Object[] row : result) {
            byParent.computeIfAbsent(((Number) row[0]).longValue(), parent -> new ArrayList<>())
                    .add(new Object[] {row[1], row[2], row[3]});
        }
        Map<Long, KeyPage> pages = new HashMap<>();
        for (Long parent : parents) {
            List<Object[]> parentRows = byParent.getOrDefault(parent, List.of());
            long total = parentRows.isEmpty() ? 0 : ((Number) parentRows.get(0)[2]).longValue();
            pages.put(parent, parentRows.isEmpty() && !request.hasCursor() ? KeyPage.EMPTY : toPage(parentRows, request, total));
        }
        return pages;
    }

    private static String after(boolean descending, SortType sortType) {
        return "(r.sort_value, r.id) " + (descending ? "<" : ">") + " (cast(:cursorValue as " + sortType.sql + "), :cursorKey)";
    }

    private static String direction(boolean descending) {
        return descending ? "desc" : "asc";
    }

    private static Query bound(Query query, Rows rows) {
        rows.parameters().forEach(query::setParameter);
        return query;
    }

    private static Query bind(Query query, Rows rows, PageRequest request) {
        bound(query, rows);
        if (request.cursor() != null) {
            rows.sortType().check(request.cursor().sortValue(), request.cursorArgument());
            query.setParameter("cursorValue", request.cursor().sortValue());
            query.setParameter("cursorKey", request.cursor().key());
        }
        return query;
    }

    private static KeyPage toPage(List<Object[]> rows, PageRequest request, long total) {
        boolean more = rows.size() > request.size();
        List<Object[]> shown = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (request.backward()) {
            Collections.reverse(shown);
        }
        List<Long> keys = new ArrayList<>(shown.size());
        List<String> cursors = new ArrayList<>(shown.size());
        for (Object[] row : shown) {
            long key = ((Number) row[0]).longValue();
            keys.add(key);
            cursors.add(new Cursor((String) row[1], key).encode());
        }
        boolean hasNext = request.backward() ? request.hasCursor() : more;
        boolean hasPrevious = request.backward() ? more : request.hasCursor();
        return new KeyPage(keys, cursors, hasNext, hasPrevious, total);
    }
}
