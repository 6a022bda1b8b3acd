package dev.newsgraph.extract;

import java.util.List;

/** An article as cut out of a feed: headline, photo captions, body paragraphs, with page clutter and repeats gone. */
public record RawArticle(String headline, List<RawCaption> captions, List<String> paragraphs) {

    /** A photo caption as printed, split from its credit ("AFP", "EPA/SHAHZAIB AKBER"). */
    public record RawCaption(String text, String credit, boolean filePhoto) {
    }
}
