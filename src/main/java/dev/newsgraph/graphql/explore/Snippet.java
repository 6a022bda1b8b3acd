package dev.newsgraph.graphql.explore;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A short passage of a search hit with the words that matched marked, as plain text and ranges (no markup to escape).")
public record Snippet(
        @NonNull @Description("The passage: part of the article's headline and body, the statement, the incident title, or the entity's names.") String text,
        @NonNull @Description("The matched words, as ranges of text, in order.") List<@NonNull TextRange> highlights) {

    /** Marks PostgreSQL's ts_headline puts around each match; control characters never occur in stored text. */
    static final char START = '\u0001';
    static final char STOP = '\u0002';
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** The snippet of a ts_headline result marked with START and STOP. */
    static Snippet fromMarked(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<TextRange> highlights = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                start = text.length();
            } else if (c == STOP && start >= 0) {
                highlights.add(new TextRange(start, text.length() - start));
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new Snippet(text.toString(), highlights);
    }
}
