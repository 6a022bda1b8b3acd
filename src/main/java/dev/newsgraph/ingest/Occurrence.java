package dev.newsgraph.ingest;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
     * key order: found, else created from its first report, else (another ingest created it meanwhile, and this one
     * waited for its commit on the unique key) found again.
     */
    static Map<Occurrence, Long> findOrCreate(List<Occurrence> keys, IngestSql sql, String table, String kindColumn, Creator creator) {
        Map<Occurrence, Integer> firstReport = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            firstReport.putIfAbsent(keys.get(i), i);
        }
        Map<Occurrence, Long> ids = new TreeMap<>();
        firstReport.forEach((key, report) -> ids.put(key, key.find(sql, table, kindColumn)
                .or(() -> Optional.ofNullable(creator.create(key, report)))
                .orElseGet(() -> key.find(sql, table, kindColumn).orElseThrow())));
        return ids;
    }

    @Override
    public int compareTo(Occurrence other) {
        return ORDER.compare(this, other);
    }

    /**
     * The stored row of this key in {@code table} (whose kind column is {@code kindColumn}), by the unique key's index:
     * unknown places and dates are compared with {@code is null}, which the index serves, not {@code is not distinct from}.
     */
    Optional<Long> find(IngestSql sql, String table, String kindColumn) {
        List<Object> parameters = new ArrayList<>(List.of(kind));
        StringBuilder query = new StringBuilder("select id from ").append(table).append(" where ").append(kindColumn).append(" = ?");
        query.append(placeId == null ? " and place_id is null" : " and place_id = ?");
        if (placeId != null) {
            parameters.add(placeId);
        }
        query.append(occurredOn == null ? " and occurred_on is null" : " and occurred_on = ?");
        if (occurredOn != null) {
            parameters.add(occurredOn);
        }
        query.append(" and date_precision = ? and normalized_title = ?");
        parameters.add(precision);
        parameters.add(normalizedTitle);
        return sql.list(query.toString(), row -> row.getLong(1), parameters.toArray()).stream().findFirst();
    }
}
