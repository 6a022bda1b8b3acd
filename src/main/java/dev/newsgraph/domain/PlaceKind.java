package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of place a Place is.")
public enum PlaceKind {
    CONTINENT, REGION, COUNTRY, PROVINCE, CITY, DISTRICT, FACILITY, SEA, OTHER
}
