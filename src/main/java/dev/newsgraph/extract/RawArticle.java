package dev.newsgraph.extract;

import java.util.List;

/**
 * An article as cut out of its copy or feed item: headline, photo captions, body paragraphs, with page clutter,
 * repeats, dateline and byline gone, and what those told kept as metadata; and the outlets the story's list of
 * sources cites ("- "Title" — BBC News Online, June 13, 2010"), which are no prose.
 */
public record RawArticle(String headline, List<RawCaption> captions, List<String> paragraphs, ArticleMetadata metadata,
                         List<String> citedOutlets) {

    public RawArticle {
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
        citedOutlets = citedOutlets == null ? List.of() : List.copyOf(citedOutlets);
    }

    public RawArticle(String headline, List<RawCaption> captions, List<String> paragraphs, ArticleMetadata metadata) {
        this(headline, captions, paragraphs, metadata, List.of());
    }

    public RawArticle(String headline, List<RawCaption> captions, List<String> paragraphs) {
        this(headline, captions, paragraphs, ArticleMetadata.NONE);
    }

    /** A photo caption as printed, split from its credit ("AFP", "EPA/SHAHZAIB AKBER"). */
    public record RawCaption(String text, String credit, boolean filePhoto) {
    }
}
