package dev.newsgraph.graphql.article;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of an article list. Undated articles count as the oldest.")
public enum ArticleOrder {
    NEWEST_FIRST, OLDEST_FIRST
}
