package dev.newsgraph.graphql.incident;

import org.eclipse.microprofile.graphql.Description;

@Description("How incidentStats groups incidents.")
public enum IncidentGrouping {
    @Description("By ISO country code of the incident's place ('UNKNOWN' when it has none).")
    COUNTRY,
    @Description("By incident type.")
    TYPE,
    @Description("By month of occurrence, as YYYY-MM ('UNKNOWN' when undated).")
    MONTH,
    @Description("By ISO week of occurrence, as YYYY-Www, e.g. 2025-W07 ('UNKNOWN' when undated).")
    WEEK
}
