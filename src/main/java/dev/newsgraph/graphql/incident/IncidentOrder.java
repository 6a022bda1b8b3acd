package dev.newsgraph.graphql.incident;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of an incident list. Undated incidents count as the oldest.")
public enum IncidentOrder {
    NEWEST_FIRST, OLDEST_FIRST
}
