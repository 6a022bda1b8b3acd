package dev.newsgraph.graphql.event;

import dev.newsgraph.graphql.page.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An edge to an Event.")
public class EventEdge extends Edge<EventNode> {
    public EventEdge(String cursor, EventNode node) {
        super(cursor, node);
    }
}
