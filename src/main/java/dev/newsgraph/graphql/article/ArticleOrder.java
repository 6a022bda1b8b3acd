package dev.newsgraph.graphql.article;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of an article list. Undated articles count as the oldest.")
public enum ArticleOrder {
    @Description("Latest publication date first.")
    NEWEST_FIRST,
    @Description("Earliest publication date first.")
    OLDEST_FIRST
}
