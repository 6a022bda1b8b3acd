package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What an incident figure counts.")
public enum FigureKind {
    @Description("People killed.")
    KILLED,
    @Description("People injured or wounded.")
    INJURED,
    @Description("People abducted or kidnapped.")
    KIDNAPPED,
    @Description("People held hostage.")
    HOSTAGES,
    @Description("People missing.")
    MISSING,
    @Description("People arrested or detained.")
    ARRESTED,
    @Description("People displaced from their homes.")
    DISPLACED,
    @Description("Number of separate attacks.")
    ATTACKS,
    @Description("Projectiles or drones intercepted or shot down.")
    INTERCEPTED,
    @Description("Number of locations hit.")
    LOCATIONS_HIT
}
