package dev.newsgraph.extract;

import dev.newsgraph.ingest.ArticleInput;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one article a piece of invented copy must give, for the tests of error classes on invented copy. */
final class InventedCopy {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private InventedCopy() {
    }

    static ArticleInput only(String copy) {
        List<ArticleInput> drafts = EXTRACTOR.extract(copy, "invented");
        assertEquals(1, drafts.size(), drafts::toString);
        return drafts.get(0);
    }
}
