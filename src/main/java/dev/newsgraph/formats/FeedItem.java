package dev.newsgraph.formats;

import dev.newsgraph.extract.ArticleMetadata;

import java.util.List;

/**
 * One article as a structured format delivers it: headline (null when the item has none), body paragraphs as
 * printed, and the metadata the format carries.
 */
public record FeedItem(String headline, List<String> paragraphs, ArticleMetadata metadata) {
}
