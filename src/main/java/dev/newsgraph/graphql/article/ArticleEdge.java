package dev.newsgraph.graphql.article;

import dev.newsgraph.graphql.page.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An edge to an Article.")
public class ArticleEdge extends Edge<ArticleNode> {
    public ArticleEdge(String cursor, ArticleNode node) {
        super(cursor, node);
    }
}
