package dev.newsgraph.graphql.statement;

import dev.newsgraph.graphql.page.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An edge to a Statement.")
public class StatementEdge extends Edge<StatementNode> {
    public StatementEdge(String cursor, StatementNode node) {
        super(cursor, node);
    }
}
