package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed feeds, read from the classpath, and their extraction, computed once. */
final class Seeds {
    static final String FEED_000 = "000_66e58680fba12932.txt";
    static final String FEED_001 = "001_2f4055bd3e4f31fc.txt";
    static final List<ArticleInput> ARTICLES_000 = new ArticleExtractor().extract(read("/sample/feeds/" + FEED_000), FEED_000);
    static final List<ArticleInput> ARTICLES_001 = new ArticleExtractor().extract(read("/sample/feeds/" + FEED_001), FEED_001);

    private Seeds() {
    }

    static String read(String resource) {
        try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleInput rutte() {
        return ARTICLES_000.get(0);
    }

    static ArticleInput balochistan() {
        return ARTICLES_000.get(1);
    }

    static ArticleInput kharkiv() {
        return ARTICLES_001.get(1);
    }
}
