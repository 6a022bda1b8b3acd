package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("Incident type, after the ACLED event taxonomy.")
public enum IncidentType {
    @Description("Air or drone strike (ACLED: Explosions/Remote violence).")
    AIR_DRONE_STRIKE,
    @Description("Shelling, artillery or missile attack (ACLED: Explosions/Remote violence).")
    SHELLING_MISSILE_ATTACK,
    @Description("Armed clash between organised armed groups or states (ACLED: Battles).")
    ARMED_CLASH,
    @Description("Attack on people or property by an armed group (ACLED: Violence against civilians).")
    ATTACK,
    @Description("Bombing or other explosive attack (ACLED: Explosions/Remote violence).")
    BOMBING,
    @Description("Abduction or forced disappearance (ACLED: Violence against civilians).")
    ABDUCTION,
    @Description("Hostage taking (ACLED: Violence against civilians).")
    HOSTAGE_TAKING,
    @Description("An attack that was prevented or foiled.")
    FOILED_ATTACK,
    @Description("Killing of several people, including executions of captives.")
    MASS_KILLING,
    @Description("Peaceful protest (ACLED: Protests).")
    PROTEST,
    @Description("Violent demonstration or mob violence (ACLED: Riots).")
    RIOT,
    @Description("Arrest or detention by authorities.")
    ARREST,
    @Description("Any other incident.")
    OTHER
}
