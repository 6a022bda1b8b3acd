package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.page.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An edge to a Organization.")
public class OrganizationEdge extends Edge<OrganizationNode> {
    public OrganizationEdge(String cursor, OrganizationNode node) {
        super(cursor, node);
    }
}
