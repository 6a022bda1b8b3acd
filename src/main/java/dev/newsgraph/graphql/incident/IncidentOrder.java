package dev.newsgraph.graphql.incident;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of an incident list. Undated incidents count as the oldest.")
public enum IncidentOrder {
    @Description("Latest date first.")
    NEWEST_FIRST,
    @Description("Earliest date first.")
    OLDEST_FIRST
}
