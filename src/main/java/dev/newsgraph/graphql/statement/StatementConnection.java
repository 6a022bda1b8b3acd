package dev.newsgraph.graphql.statement;

import dev.newsgraph.graphql.page.Connection;
import dev.newsgraph.graphql.page.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of Statements.")
public class StatementConnection extends Connection<StatementNode, StatementEdge> {
    public StatementConnection(List<StatementEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
