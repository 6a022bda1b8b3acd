package dev.newsgraph.ingest;

import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.limits.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Raw wire text to ingest input, through the extractor, within the configured size. */
@ApplicationScoped
public class WireText {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Inject
    TextLimits limits;

    /** The articles of the text, in order; empty when it holds none. */
    public List<ArticleInput> articles(String text, String feed) {
        limits.checkRaw("text", text);
        if (text.indexOf('\0') >= 0) {
            throw new BadUserInputException("The text contains NUL characters: send plain text, not a binary file");
        }
        return extractor.extract(text, feed);
    }
}
