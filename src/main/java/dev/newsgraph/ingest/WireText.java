package dev.newsgraph.ingest;

import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.LimitExceededException;
import dev.newsgraph.extract.ArticleExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Raw wire text to ingest input, through the extractor, within the configured size. */
@ApplicationScoped
public class WireText {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @ConfigProperty(name = "newsgraph.ingest.max-text-length")
    int maxLength;

    /** The articles of the text, in order; empty when it holds none. */
    public List<ArticleInput> articles(String text, String feed) {
        if (text.length() > maxLength) {
            throw new LimitExceededException("The text has " + text.length() + " characters, more than the limit of "
                    + maxLength + " (newsgraph.ingest.max-text-length): split it into smaller feeds");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadUserInputException("The text contains NUL characters: send plain text, not a binary file");
        }
        return extractor.extract(text, feed);
    }
}
