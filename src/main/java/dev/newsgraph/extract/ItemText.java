package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a feed item (RSS, Atom, NewsML-G2, ninjs, HTML page, NDJSON) read like pasted copy, so that an article
 * comes out the same whatever wrapped it: the same dateline, byline and chrome handling, the same paragraphs. What
 * the format states wins over what the text suggests.
 */
public final class ItemText {

    private final PlainCopyParser parser = new PlainCopyParser(new FeedParser());

    /** The article of one item; null when the item has no body text. */
    public RawArticle article(String headline, List<String> paragraphs, ArticleMetadata stated) {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            for (String line : Text.normalize(p).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                    lines.add("");
                }
            }
        }
        String known = headline == null || headline.isBlank() ? null : Text.normalize(headline).strip().replaceAll("\\s+", " ");
        List<RawArticle> parts = parser.parse(lines, known);
        if (parts.isEmpty()) {
            return null;
        }
        RawArticle first = parts.get(0);
        List<String> body = new ArrayList<>();
        List<RawArticle.RawCaption> captions = new ArrayList<>();
        for (RawArticle part : parts) {
            body.addAll(part.paragraphs());
            captions.addAll(part.captions());
        }
        return new RawArticle(first.headline(), captions, body.stream().limit(500).toList(), stated.orElse(first.metadata()),
                first.citedOutlets());
    }
}
