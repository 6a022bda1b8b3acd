package dev.newsgraph.graphql.explore;

import dev.newsgraph.graphql.node.Node;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A shortest chain of links between two nodes, both ends included.")
public record GraphPath(
        @NonNull @Description("The nodes along the path, from the start to the end.") List<@NonNull Node> nodes,
        @NonNull @Description("Number of links (hops).") int hops) {
}
