package dev.newsgraph.graphql.event;

import dev.newsgraph.graphql.page.Connection;
import dev.newsgraph.graphql.page.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of Events.")
public class EventConnection extends Connection<EventNode, EventEdge> {
    public EventConnection(List<EventEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
