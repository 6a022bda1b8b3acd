package dev.newsgraph.graphql.event;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of an event list. Undated events count as the oldest.")
public enum EventOrder {
    @Description("Latest date first.")
    NEWEST_FIRST,
    @Description("Earliest date first.")
    OLDEST_FIRST
}
