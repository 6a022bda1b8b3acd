package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.page.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An edge to a Place.")
public class PlaceEdge extends Edge<PlaceNode> {
    public PlaceEdge(String cursor, PlaceNode node) {
        super(cursor, node);
    }
}
