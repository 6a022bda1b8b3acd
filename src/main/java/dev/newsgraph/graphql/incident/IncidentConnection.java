package dev.newsgraph.graphql.incident;

import dev.newsgraph.graphql.page.Connection;
import dev.newsgraph.graphql.page.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of Incidents.")
public class IncidentConnection extends Connection<IncidentNode, IncidentEdge> {
    public IncidentConnection(List<IncidentEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
