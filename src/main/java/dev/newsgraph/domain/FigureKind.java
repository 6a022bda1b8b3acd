package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What an incident figure counts.")
public enum FigureKind {
    KILLED, INJURED, KIDNAPPED, HOSTAGES, MISSING, ARRESTED, DISPLACED,
    @Description("Number of separate attacks.")
    ATTACKS,
    @Description("Projectiles or drones intercepted or shot down.")
    INTERCEPTED,
    @Description("Number of locations hit.")
    LOCATIONS_HIT
}
