package dev.newsgraph.graphql.incident;

import dev.newsgraph.db.Reads;
import dev.newsgraph.graphql.PlaceSets;
import dev.newsgraph.graphql.page.PositionalSql;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@TranslatesDatabaseFailures
public class IncidentStatsApi {
    @Inject
    Reads reads;
    @Inject
    PlaceSets places;

    @org.eclipse.microprofile.graphql.Query
    @NonNull
    @Description("Incident counts with killed and injured sums, grouped by country, type, month or week; largest groups first.")
    public List<@NonNull IncidentStat> incidentStats(
            @NonNull @Description("What to group by.") IncidentGrouping groupBy,
            @Description("Only incidents of these types.") List<IncidentType> type,
            @Description("Occurred on or after this day.") LocalDate from,
            @Description("Occurred on or before this day.") LocalDate to,
            @Id @Description("Only incidents at this place or within it.") String within,
            @Description("Only incidents in this country (ISO 3166-1 alpha-2 code).") String country,
            @Id @Description("Only incidents this person, organization or place is a perpetrator of.") String perpetrator) {
        IncidentFilter filter = IncidentFilter.of(type, from, to, within, country, perpetrator, null, places);
        Map<String, Object> parameters = filter.parameters();
        String sql = filter.withinPlaces() == null && filter.perpetrator() == null
                ? fromTotals(groupBy, filter, parameters) : fromIncidents(groupBy, filter);
        PositionalSql statement = PositionalSql.of(sql + " order by 2 desc, 1", parameters);
        return reads.select(statement.text(), row -> new IncidentStat(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)),
                statement.parameters());
    }

    /**
     * Every incident the filter selects, summed: for the filters the totals are not kept by (within a province or a
     * city, perpetrator), and windows too short to hold a whole piece of the calendar.
     */
    private static String fromIncidents(IncidentGrouping groupBy, IncidentFilter filter) {
        // killed and injured: each incident's best estimates, kept on it by triggers (migration V9).
        return "select " + incidentKey(groupBy) + " as key, count(*), coalesce(sum(i.killed), 0), coalesce(sum(i.injured), 0)"
                + " from incident i" + filter.where() + " group by 1";
    }

    /**
     * The totals kept per piece of the calendar, type and country (migration V10), in the cells the grouping and
     * filter need; the pieces a window cuts at its ends are summed from their incidents.
     */
    private static String fromTotals(IncidentGrouping groupBy, IncidentFilter filter, Map<String, Object> parameters) {
        LocalDate wholeFrom = filter.from() == null ? null : CalendarPieces.firstStartFrom(filter.from());
        LocalDate wholeUntil = filter.to() == null ? null : CalendarPieces.lastStartUntil(filter.to().plusDays(1));
        if (wholeFrom != null && wholeUntil != null && !wholeFrom.isBefore(wholeUntil)) {
            return fromIncidents(groupBy, filter); // the window lies within one or two pieces
        }
        boolean byType = groupBy == IncidentGrouping.TYPE || filter.types() != null && !filter.types().isEmpty();
        boolean byCountry = groupBy == IncidentGrouping.COUNTRY || filter.country() != null || filter.withinCountry() != null;
        // Per type or country over all days (migration V11), or per piece of the calendar.
        boolean allDays = filter.from() == null && filter.to() == null
                && (groupBy == IncidentGrouping.TYPE || groupBy == IncidentGrouping.COUNTRY);
        List<String> totals = new ArrayList<>(List.of("s.dims = " + ((byType ? 1 : 0) | (byCountry ? 2 : 0) | (allDays ? 4 : 0))));
        List<String> ends = new ArrayList<>();
        if (!byType) {
            totals.add("s.type = '*'");
        }
        if (!byCountry) {
            totals.add("s.country = '*'");
        }
        if (filter.types() != null && !filter.types().isEmpty()) {
            totals.add("s.type = any(:types)");
            ends.add("i.type = any(:types)");
        }
        if (filter.country() != null) {
            totals.add("s.country = :country");
            ends.add("i.country_code = :country");
        }
        if (filter.withinCountry() != null) {
            totals.add("s.country = :withinCountry");
            ends.add("i.country_code = :withinCountry");
        }
        List<String> endRanges = new ArrayList<>();
        if (wholeFrom != null) {
            totals.add("s.day >= cast(:wholeFrom as date)");
            endRanges.add("i.sort_date >= :from and i.sort_date < cast(:wholeFrom as date)");
            parameters.put("wholeFrom", wholeFrom);
        }
        if (wholeUntil != null) {
            totals.add("s.day < cast(:wholeUntil as date)");
            endRanges.add("i.sort_date >= cast(:wholeUntil as date) and i.sort_date <= :to");
            parameters.put("wholeUntil", wholeUntil);
        }
        String sql = "select " + totalsKey(groupBy) + " as key, s.incidents, s.killed, s.injured from incident_stat s where "
                + String.join(" and ", totals);
        if (!endRanges.isEmpty()) {
            ends.add("(" + String.join(" or ", endRanges) + ")");
            sql += " union all select " + incidentKey(groupBy) + ", 1, coalesce(i.killed, 0), coalesce(i.injured, 0) from incident i where "
                    + String.join(" and ", ends);
        }
        // A cell's rows add up to zero incidents once its incidents are gone (until its rows are merged).
        return "select key, sum(incidents), sum(killed), sum(injured) from (" + sql + ") r group by 1 having sum(incidents) > 0";
    }

    private static String incidentKey(IncidentGrouping groupBy) {
        return switch (groupBy) {
            case COUNTRY -> "coalesce(i.country_code, 'UNKNOWN')";
            case TYPE -> "i.type";
            case MONTH -> "coalesce(to_char(i.occurred_on, 'YYYY-MM'), 'UNKNOWN')";
            case WEEK -> "coalesce(to_char(i.occurred_on, 'IYYY-\"W\"IW'), 'UNKNOWN')";
        };
    }

    /** The same keys from a row of totals: its piece lies in one month and one week. */
    private static String totalsKey(IncidentGrouping groupBy) {
        return switch (groupBy) {
            case COUNTRY -> "s.country";
            case TYPE -> "s.type";
            case MONTH -> "coalesce(to_char(s.day, 'YYYY-MM'), 'UNKNOWN')";
            case WEEK -> "coalesce(to_char(s.day, 'IYYY-\"W\"IW'), 'UNKNOWN')";
        };
    }
}
