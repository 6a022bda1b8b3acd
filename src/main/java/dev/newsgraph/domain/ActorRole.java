package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("The part an actor plays in an incident.")
public enum ActorRole {
    PERPETRATOR, VICTIM, TARGET,
    @Description("A side in a clash, where neither is named the perpetrator.")
    PARTY
}
