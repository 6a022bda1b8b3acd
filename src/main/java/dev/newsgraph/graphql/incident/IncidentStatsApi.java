package dev.newsgraph.graphql.incident;

import dev.newsgraph.db.Reads;
import dev.newsgraph.graphql.PlaceSets;
import dev.newsgraph.graphql.page.PositionalSql;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
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
        String key = switch (groupBy) {
            case COUNTRY -> "coalesce(i.country_code, 'UNKNOWN')";
            case TYPE -> "i.type";
            case MONTH -> "coalesce(to_char(i.occurred_on, 'YYYY-MM'), 'UNKNOWN')";
            case WEEK -> "coalesce(to_char(i.occurred_on, 'IYYY-\"W\"IW'), 'UNKNOWN')";
        };
        // killed and injured: each incident's best estimates, kept on it by triggers (migration V9).
        String sql = """
                 select %s as key, count(*), coalesce(sum(i.killed), 0), coalesce(sum(i.injured), 0)
                 from incident i
                 %s group by 1 order by 2 desc, 1""".formatted(key, filter.where());
        PositionalSql statement = PositionalSql.of(sql, filter.parameters());
        return reads.select(statement.text(), row -> new IncidentStat(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)),
                statement.parameters());
    }
}
