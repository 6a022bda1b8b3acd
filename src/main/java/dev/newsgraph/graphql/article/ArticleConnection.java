package dev.newsgraph.graphql.article;

import dev.newsgraph.graphql.page.Connection;
import dev.newsgraph.graphql.page.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

@Description("A page of Articles.")
public class ArticleConnection extends Connection<ArticleNode, ArticleEdge> {
    public ArticleConnection(List<ArticleEdge> edges, PageInfo pageInfo, long totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
