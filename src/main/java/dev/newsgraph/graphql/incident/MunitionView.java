package dev.newsgraph.graphql.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Munition")
@Description("A weapon used in an incident, with how many.")
public record MunitionView(
        @NonNull @Description("The weapon: 'drone', 'ballistic missile'.") String weapon,
        @NonNull @Description("How many.") int quantity,
        @NonNull @Description("True when the quantity is a lower bound.") boolean atLeast) {
}
