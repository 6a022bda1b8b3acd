package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    @Test
    void seed000HasTwoArticlesAndSplitsTheRunInHeadline() {
        List<RawArticle> articles = parser.parse(Seeds.read("/sample/feeds/" + Seeds.FEED_000));
        assertEquals(2, articles.size());
        assertEquals("‘This Is Not the Time to Go It Alone,’ NATO’s Rutte Tells US and Europe", articles.get(0).headline());
        assertEquals("Pakistan Says Armed Men Kidnap, Kill Nine Bus Passengers in Restive Province", articles.get(1).headline());
        List<String> last = articles.get(1).paragraphs();
        assertTrue(last.get(last.size() - 1).endsWith("in an attack in March that killed 31."));
        assertEquals(13, last.size());
    }

    @Test
    void seed001HasTwoArticlesAndTheRutteArticleIsIdenticalInBoth() {
        List<RawArticle> a = parser.parse(Seeds.read("/sample/feeds/" + Seeds.FEED_000));
        List<RawArticle> b = parser.parse(Seeds.read("/sample/feeds/" + Seeds.FEED_001));
        assertEquals(2, b.size());
        assertEquals(a.get(0), b.get(0));
        assertEquals("Russian Attack on Ukraine’s Kharkiv Kills Three, Wounds 22, Mayor Says", b.get(1).headline());
        assertEquals(10, b.get(1).paragraphs().size());
    }

    @Test
    void captionsAreDedupedWithCreditsAndFilePhotoFlag() {
        RawArticle rutte = parser.parse(Seeds.read("/sample/feeds/" + Seeds.FEED_000)).get(0);
        assertEquals(1, rutte.captions().size());
        assertEquals("AFP", rutte.captions().get(0).credit());
        assertFalse(rutte.captions().get(0).filePhoto());
        assertTrue(rutte.captions().get(0).text().endsWith("on March 26, 2025."));
        RawArticle.RawCaption file = parser.parse(Seeds.read("/sample/feeds/" + Seeds.FEED_000)).get(1).captions().get(0);
        assertEquals("EPA/SHAHZAIB AKBER", file.credit());
        assertTrue(file.filePhoto());
        assertTrue(file.text().startsWith("File photo: Police officers"));
    }

    @Test
    void clutterAndRepeatsAreDropped() {
        RawArticle rutte = parser.parse(Seeds.read("/sample/feeds/" + Seeds.FEED_000)).get(0);
        assertEquals(9, rutte.paragraphs().size());
        assertTrue(rutte.paragraphs().stream().noneMatch(p -> p.equals("TT") || p.equals("20") || p.equals(rutte.headline())));
    }

    @Test
    void plainArticleWithoutCaptions() {
        String feed = "Floods Displace Thousands Across Southern Province\n\n"
                + "Heavy rain flooded dozens of villages in the south of the country, officials said on Monday.\n\n"
                + "Rescue teams were working through the night to reach stranded families.\n";
        List<RawArticle> articles = parser.parse(feed);
        assertEquals(1, articles.size());
        assertEquals(2, articles.get(0).paragraphs().size());
        assertTrue(articles.get(0).captions().isEmpty());
    }
}
