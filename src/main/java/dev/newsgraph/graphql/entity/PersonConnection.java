package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.page.Connection;
import dev.newsgraph.graphql.page.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of People.")
public class PersonConnection extends Connection<PersonNode, PersonEdge> {
    public PersonConnection(List<PersonEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
