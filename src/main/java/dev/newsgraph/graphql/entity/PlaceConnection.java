package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.page.Connection;
import dev.newsgraph.graphql.page.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of Places.")
public class PlaceConnection extends Connection<PlaceNode, PlaceEdge> {
    public PlaceConnection(List<PlaceEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
