package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.page.Connection;
import dev.newsgraph.graphql.page.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of Organizations.")
public class OrganizationConnection extends Connection<OrganizationNode, OrganizationEdge> {
    public OrganizationConnection(List<OrganizationEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
