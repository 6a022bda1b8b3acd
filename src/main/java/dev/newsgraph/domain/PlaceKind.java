package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of place a Place is.")
public enum PlaceKind {
    @Description("A continent, such as Europe or Africa.")
    CONTINENT,
    @Description("A region spanning several countries or parts of them, such as the Middle East or the Sahel.")
    REGION,
    @Description("A sovereign state or territory with an ISO 3166-1 country code.")
    COUNTRY,
    @Description("A first-level division of a country: province, state, oblast, region.")
    PROVINCE,
    @Description("A city, town or village.")
    CITY,
    @Description("A district or neighbourhood within a city, or a second-level division of a country.")
    DISTRICT,
    @Description("A single site: a port, airport, base, plant, hospital, building.")
    FACILITY,
    @Description("A sea, ocean, gulf, strait or other body of water.")
    SEA,
    @Description("Any other kind of place, or one whose kind is not known.")
    OTHER
}
