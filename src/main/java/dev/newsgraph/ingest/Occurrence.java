package dev.newsgraph.ingest;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The natural key of an incident or an event (the unique keys incident_key and event_key): two reports with the same
 * kind, place, date and title are one row. Rows are looked up and inserted in key order, so that concurrent ingests
 * creating the same incidents wait for each other (on the unique key) without deadlocking.
 */
record Occurrence(String kind, Long placeId, LocalDate occurredOn, DatePrecision precision, String normalizedTitle)
        implements Comparable<Occurrence> {
    private static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::kind)
            .thenComparing(Occurrence::placeId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Occurrence::occurredOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Occurrence::precision)
            .thenComparing(Occurrence::normalizedTitle);

    /** The key of a report: its date cut to the precision it is known to (a day when a date has none). */
    static Occurrence of(Enum<?> kind, Long placeId, LocalDate occurredOn, DatePrecision datePrecision, String title) {
        DatePrecision precision = occurredOn == null ? DatePrecision.UNKNOWN
                : datePrecision == null || datePrecision == DatePrecision.UNKNOWN ? DatePrecision.DAY : datePrecision;
        LocalDate date = switch (precision) {
            case DAY -> occurredOn;
            case MONTH -> occurredOn.withDayOfMonth(1);
            case YEAR -> occurredOn.withDayOfYear(1);
            case UNKNOWN -> null;
        };
        return new Occurrence(kind.name(), placeId, date, precision, Names.normalize(title));
    }

    /** Creates the row of a key from the report (the index of the input) that first gave it; null when another ingest did. */
    interface Creator {
        Long create(Occurrence key, int report);
    }

    /**
     * The stored row of each of an article's keys (one per report, in the article's order; repeated keys are one row), in
     * key order: found (all keys in one query), else created from its first report, else (another ingest created it
     * meanwhile, and this one waited for its commit on the unique key) found again.
     */
    static Map<Occurrence, Long> findOrCreate(List<Occurrence> keys, IngestSql sql, String table, String kindColumn, Creator creator) {
        Map<Occurrence, Integer> firstReport = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            firstReport.putIfAbsent(keys.get(i), i);
        }
        Map<Occurrence, Long> stored = find(firstReport.keySet(), sql, table, kindColumn);
        Map<Occurrence, Long> ids = new TreeMap<>();
        firstReport.forEach((key, report) -> ids.put(key, Optional.ofNullable(stored.get(key))
                .or(() -> Optional.ofNullable(creator.create(key, report)))
                .orElseGet(() -> Optional.ofNullable(find(List.of(key), sql, table, kindColumn).get(key)).orElseThrow())));
        return ids;
    }

    @Override
    public int compareTo(Occurrence other) {
        return ORDER.compare(this, other);
    }

    /**
     * The stored rows of these keys in {@code table} (whose kind column is {@code kindColumn}), in one query: a
     * {@code union all} of one select per key by the unique key's index (unknown places and dates are compared with
     * {@code is null}, which the index serves, not {@code is not distinct from}).
     */
    static Map<Occurrence, Long> find(Collection<Occurrence> keys, IngestSql sql, String table, String kindColumn) {
        List<Occurrence> ordered = List.copyOf(keys);
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        for (int n = 0; n < ordered.size(); n++) {
            Occurrence key = ordered.get(n);
            query.append(n == 0 ? "" : " union all ").append("select ").append(n).append(" as n, id from ").append(table)
                    .append(" where ").append(kindColumn).append(" = ?");
            parameters.add(key.kind);
            query.append(key.placeId == null ? " and place_id is null" : " and place_id = ?");
            if (key.placeId != null) {
                parameters.add(key.placeId);
            }
            query.append(key.occurredOn == null ? " and occurred_on is null" : " and occurred_on = ?");
            if (key.occurredOn != null) {
                parameters.add(key.occurredOn);
            }
            query.append(" and date_precision = ? and normalized_title = ?");
            parameters.add(key.precision);
            parameters.add(key.normalizedTitle);
        }
        Map<Occurrence, Long> found = new HashMap<>();
        sql.list(query.toString(), row -> found.put(ordered.get(row.getInt(1)), row.getLong(2)), parameters.toArray());
        return found;
    }
}
