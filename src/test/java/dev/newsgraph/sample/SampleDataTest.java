package dev.newsgraph.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.extract.ArticleExtractor;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample data is loaded once: a restart finds every seed feed stored and reads none of them again. */
@QuarkusTest
class SampleDataTest {
    @Inject
    SampleData sampleData;

    @Test
    void eachFeedIsListedWithTheNumberOfArticlesTheExtractorFindsInIt() {
        ArticleExtractor extractor = new ArticleExtractor();
        for (SampleData.SampleFeed feed : SampleData.FEEDS) {
            assertEquals(feed.articles(), extractor.extract(SampleData.read("sample/feeds/" + feed.file()), feed.file()).size(), feed.file());
        }
    }

    @Test
    void feedsStoredWholeAreNotReadAgain() {
        for (SampleData.SampleFeed feed : SampleData.FEEDS) {
            assertTrue(sampleData.storedArticles(feed.file()) >= feed.articles(), feed.file() + " was loaded at start");
        }
        assertEquals(List.of(), sampleData.load(), "a second start reads no feed");
    }
}
