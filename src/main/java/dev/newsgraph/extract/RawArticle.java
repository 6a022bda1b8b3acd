package dev.newsgraph.extract;

import java.util.List;

/**
 * An article as cut out of its copy or feed item: headline, photo captions, body paragraphs, with page clutter,
 * repeats, dateline and byline gone, and what those told kept as metadata.
 */
public record RawArticle(String headline, List<RawCaption> captions, List<String> paragraphs, ArticleMetadata metadata) {

    public RawArticle {
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
    }

    public RawArticle(String headline, List<RawCaption> captions, List<String> paragraphs) {
        this(headline, captions, paragraphs, ArticleMetadata.NONE);
    }

    /** A photo caption as printed, split from its credit ("AFP", "EPA/SHAHZAIB AKBER"). */
    public record RawCaption(String text, String credit, boolean filePhoto) {
    }
}
