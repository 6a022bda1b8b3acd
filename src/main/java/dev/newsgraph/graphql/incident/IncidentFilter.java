package dev.newsgraph.graphql.incident;

import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.graphql.CountryCodes;
import dev.newsgraph.graphql.PlaceSets;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incident filters shared by the incidents list and incidentStats, as SQL conditions on incident alias i.
 * within comes as the keys of the places it selects (see PlaceSets), or as withinCountry, the code of a country whose
 * places all carry it; country as its checked code; null when not given.
 */
record IncidentFilter(List<IncidentType> types, LocalDate from, LocalDate to, Long[] withinPlaces, String withinCountry,
                      String country, String perpetrator, Integer minKilled) {
    IncidentFilter {
        if (types != null && types.contains(null)) {
            throw new BadUserInputException("'type' must not contain null");
        }
    }

    /** The filter of these arguments, with the places of within read from the database. */
    static IncidentFilter of(List<IncidentType> types, LocalDate from, LocalDate to, String within, String country,
                             String perpetrator, Integer minKilled, PlaceSets places) {
        Long place = within == null ? null : GlobalId.decode(within, NodeType.Place, "within");
        String withinCountry = place == null ? null : places.wholeCountry(place);
        return new IncidentFilter(types, from, to, place == null || withinCountry != null ? null : places.within(place), withinCountry,
                country == null ? null : CountryCodes.require(country), perpetrator, minKilled);
    }

    List<String> conditions() {
        List<String> conditions = new ArrayList<>();
        if (types != null && !types.isEmpty()) {
            conditions.add("i.type = any(:types)");
        }
        // A dated incident's sort_date is its occurred_on: the same bounds on sort_date let the sort index serve the range.
        if (from != null) {
            conditions.add("i.occurred_on >= :from and i.sort_date >= :from");
        }
        if (to != null) {
            conditions.add("i.occurred_on <= :to and i.sort_date <= :to");
        }
        if (withinPlaces != null) {
            conditions.add("i.place_id = any(:withinPlaces)");
        }
        if (withinCountry != null) {
            conditions.add("i.country_code = :withinCountry");
        }
        if (country != null) {
            conditions.add("i.country_code = :country"); // the code of its place, kept by triggers (V8)
        }
        if (perpetrator != null) {
            conditions.add("exists (select 1 from incident_actor a where a.incident_id = i.id and a.role = 'PERPETRATOR'"
                    + " and a.entity_id = :perpetrator)");
        }
        if (minKilled != null) {
            conditions.add("exists (select 1 from incident_figure f where f.incident_id = i.id and f.kind = 'KILLED'"
                    + " and f.value >= :minKilled)");
        }
        return conditions;
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (types != null && !types.isEmpty()) {
            parameters.put("types", types.stream().map(Enum::name).toList());
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        if (withinPlaces != null) {
            parameters.put("withinPlaces", withinPlaces);
        }
        if (withinCountry != null) {
            parameters.put("withinCountry", withinCountry);
        }
        if (country != null) {
            parameters.put("country", country);
        }
        if (perpetrator != null) {
            parameters.put("perpetrator", GlobalId.decodeEntity(perpetrator, "perpetrator"));
        }
        if (minKilled != null) {
            if (minKilled < 0) {
                throw new BadUserInputException("'minKilled' cannot be negative");
            }
            parameters.put("minKilled", minKilled);
        }
        return parameters;
    }

    /** The conditions as a where clause, never empty, so that more conditions can follow with "and". */
    String where() {
        List<String> conditions = conditions();
        return " where " + (conditions.isEmpty() ? "true" : String.join(" and ", conditions));
    }
}
