package dev.newsgraph.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("How an actor's part in an incident is known.")
public enum Attribution {
    @Description("Stated as fact by the article or its sources.")
    STATED,
    @Description("The actor claimed responsibility.")
    CLAIMED,
    @Description("The actor is suspected, not proven.")
    SUSPECTED,
    @Description("A party accuses the actor.")
    ACCUSED
}
