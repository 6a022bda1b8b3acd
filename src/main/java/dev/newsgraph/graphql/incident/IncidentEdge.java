package dev.newsgraph.graphql.incident;

import dev.newsgraph.graphql.page.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An edge to a Incident.")
public class IncidentEdge extends Edge<IncidentNode> {
    public IncidentEdge(String cursor, IncidentNode node) {
        super(cursor, node);
    }
}
