package dev.newsgraph.limits;

import dev.newsgraph.error.LimitExceededException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Collection;

/**
 * The longest text one article (or any other text a client hands in for analysis) may have. Every operation that
 * takes text calls {@link #check} before doing any work with it.
 */
@ConfigMapping(prefix = "newsgraph.ingest")
public interface TextLimits {
    /** Most characters of text one article may have, headline and paragraphs together. */
    @WithDefault("100000")
    int maxTextLength();

    /** Most characters of raw wire text, which may hold many articles, that extract and ingestText accept. */
    @WithDefault("1000000")
    int maxRawTextLength();

    /** Throws LIMIT_EXCEEDED, naming the argument, when raw wire text is longer than {@link #maxRawTextLength}. */
    default void checkRaw(String argument, String text) {
        if (text.length() > maxRawTextLength()) {
            throw new LimitExceededException("'" + argument + "' has " + text.length() + " characters; at most "
                    + maxRawTextLength() + " are allowed (newsgraph.ingest.max-raw-text-length): split it into smaller feeds");
        }
    }

    /** Throws LIMIT_EXCEEDED, naming the field, when the texts together are longer than {@link #maxTextLength}. */
    default void check(String field, Collection<String> texts) {
        long length = texts.stream().mapToLong(text -> text == null ? 0 : text.length()).sum();
        if (length > maxTextLength()) {
            throw new LimitExceededException("'" + field + "' has " + length + " characters of text; at most "
                    + maxTextLength() + " are allowed (newsgraph.ingest.max-text-length)");
        }
    }
}
