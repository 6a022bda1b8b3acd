package dev.newsgraph.graphql.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Incident counts and casualty sums of one group.")
public record IncidentStat(
        @NonNull @Description("The group: a country code, an incident type or a YYYY-MM month.") String key,
        @NonNull @Description("Number of incidents.") long incidents,
        @NonNull @Description("Sum of the killed figures (the highest reported per incident).") long killed,
        @NonNull @Description("Sum of the injured figures (the highest reported per incident).") long injured) {
}
