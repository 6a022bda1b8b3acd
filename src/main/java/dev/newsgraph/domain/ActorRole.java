package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("The part an actor plays in an incident.")
public enum ActorRole {
    @Description("Who carried out the incident.")
    PERPETRATOR,
    @Description("Who was harmed: killed, injured, abducted, arrested.")
    VICTIM,
    @Description("What or whom the incident was aimed at, such as a building, a base or a group.")
    TARGET,
    @Description("A side in a clash, where neither is named the perpetrator.")
    PARTY
}
