package dev.newsgraph.graphql.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Incident counts and casualty sums of one group.")
public record IncidentStat(
        @NonNull @Description("The group: a country code, an incident type, a YYYY-MM month or a YYYY-Www ISO week (UNKNOWN when the incidents have none).") String key,
        @NonNull @Description("Number of incidents.") long incidents,
        @NonNull @Description("Sum of the incidents' killed: each incident's best estimate, as its killed field gives it.") long killed,
        @NonNull @Description("Sum of the incidents' injured: each incident's best estimate, as its injured field gives it.") long injured) {
}
