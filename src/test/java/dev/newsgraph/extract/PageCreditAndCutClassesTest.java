package dev.newsgraph.extract;

import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes of page the second batch of the page split check set (round 24) showed cut wrongly, in invented copy: a
 * listing whose items are set apart by the line crediting the outlet each came from (above each headline, or closing
 * each item); an editor's note run into the story's one paragraph; the last item of a listing whose text the copy cuts
 * mid-sentence; a feed's item title inside its markup; a headline underlined with a rule under a provenance line that gives the outlet's address (seen in dev's batch X). Each
 * with the look-alike that must stay as it was.
 */
class PageCreditAndCutClassesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<ArticleInput> articles(String copy) {
        return extractor.extract(copy, null);
    }

    private List<String> headlines(String copy) {
        return articles(copy).stream().map(ArticleInput::headline).toList();
    }

    @Test
    void anOutletLineAboveEachHeadlineSetsTheListedItemsApart() {
        String aggregator = """
                Deutsche Welle

                Flood Waters Recede Along the Lower Danube

                Residents of riverside villages began returning home on Sunday after the water fell by almost a meter overnight.

                Deutsche Welle

                Parliament Approves New Border Checks

                Lawmakers voted 312 to 140 to reintroduce checks on the southern border for six months.

                Deutsche Welle

                Rail Workers Call Off Weekend Strike

                The union said it had reached a provisional deal with the state railway late on Friday.
                """;
        assertEquals(List.of("Flood Waters Recede Along the Lower Danube", "Parliament Approves New Border Checks",
                "Rail Workers Call Off Weekend Strike"), headlines(aggregator));
    }

    @Test
    void anOutletLineUnderASectionLabelAlsoOpensTheNextItem() {
        String feed = """
                Voice of America

                Drought Forces Herders South in Eastern Kenya

                Thousands of herders have moved their cattle toward the coast as rivers dry up, local officials said.
                ECONOMY
                Voice of America

                Central Bank Holds Rates Steady for Third Month

                The bank said inflation had slowed to 4.1 percent in October but warned that food prices remained high.
                """;
        assertEquals(List.of("Drought Forces Herders South in Eastern Kenya", "Central Bank Holds Rates Steady for Third Month"),
                headlines(feed));
    }

    @Test
    void aSourceLineClosingEachItemEndsIt() {
        String tagPage = """
                Mayor of Porto Lindo Dies at 71

                Porto Lindo's mayor of 16 years, Alma Ferreira, died on Tuesday at the age of 71, her family said.

                She had been treated for heart disease since March.

                Source : wikinews

                Teodor Balan

                The veteran goalkeeper Teodor Balan has retired from international football after 94 caps.

                Source : wikinews
                """;
        List<ArticleInput> items = articles(tagPage);
        assertEquals(List.of("Mayor of Porto Lindo Dies at 71", "Teodor Balan"), items.stream().map(ArticleInput::headline).toList());
        assertEquals(HeadlineBasis.STATED, items.get(1).headlineBasis());
    }

    @Test
    void aFeedCreditWithItsLinkClosingEachPostEndsIt() {
        String blog = """
                Tuesday, March 3, 2020

                Word of the Week: Shortlist

                A shortlist is a list of the people or things chosen from a longer list for a final decision.

                from Voice of America http://ift.tt/3xYz9Qa
                via IFTTT

                Students in Lagos Return to Class After Strike

                Public schools in Lagos reopened on Monday after teachers ended a three-week strike over pay.

                from Voice of America http://ift.tt/3bCd7Ke
                via IFTTT
                """;
        assertEquals(List.of("Word of the Week: Shortlist", "Students in Lagos Return to Class After Strike"), headlines(blog));
    }

    @Test
    void aSitesBoxAfterAStorysSourceLineIsNoItem() {
        List<ArticleInput> one = articles("""
                Port Strike Halts Grain Exports From Odesa Region

                Dock workers walked off the job on Monday, stopping grain shipments for the first time this year. …read more

                Source: Voice of America

                Regional press review

                This site collects what the foreign media write about the region. More about the project you can read here
                """);
        assertEquals(1, one.size());
        assertEquals("Port Strike Halts Grain Exports From Odesa Region", one.get(0).headline());
    }

    @Test
    void aStorysOwnSourceLineDoesNotSplitIt() {
        List<ArticleInput> one = articles("""
                Fishing Ban Extended in the Gulf of Tonkin

                The ban on trawling will last until the end of August, the fisheries ministry said on Wednesday.

                Fishermen say they have no other income during the ban.

                Source: VOA
                """);
        assertEquals(1, one.size());
        assertEquals("Fishing Ban Extended in the Gulf of Tonkin", one.get(0).headline());
    }

    @Test
    void anEditorsNoteRunIntoTheOnlyParagraphLeavesTheStory() {
        List<ArticleInput> one = articles("""
                Monday, May 4, 2020

                Ferry Service Resumes Between Two Island Towns

                Editor's Note: Audio for this story will be added later.   The ferry between Port Vela and San Remo sailed again on Sunday for the first time in six weeks. Officials said 300 passengers were on board. The company plans two trips a day.
                """);
        assertEquals(1, one.size());
        assertEquals("Ferry Service Resumes Between Two Island Towns", one.get(0).headline());
        assertTrue(String.join(" ", one.get(0).paragraphs()).contains("The ferry between Port Vela and San Remo sailed again"));
        assertTrue(!String.join(" ", one.get(0).paragraphs()).contains("Audio for this story"));
    }

    @Test
    void theCutTextOfAListingsLastItemIsItsText() {
        String listing = """
                Harbor Workers End Strike After Pay Deal

                Tanjung News - March 2, 2024 - 10:15
                Dock workers returned to work on Saturday after the port authority agreed to raise wages by 8 percent over two years.

                Wildfire Near Capital Forces Hundreds to Leave Homes

                Tanjung News - March 2, 2024 - 09:50
                Firefighters were still battling a wildfire on the hills north of the capital on Saturday as strong winds pushed the flames toward
                """;
        assertEquals(List.of("Harbor Workers End Strike After Pay Deal", "Wildfire Near Capital Forces Hundreds to Leave Homes"),
                headlines(listing));
    }

    @Test
    void aLastLineUnderADatedPostsTitleIsNoTextOfThePostBefore() {
        List<String> posts = headlines("""
                Friday, June 5, 2015

                Teachers Vote to Accept New Contract

                The teachers' union said 78 percent of its members voted in favor of the three-year deal.

                Thursday, June 4, 2015

                City council votes to keep the old market hall open for another year
                """);
        assertEquals("Teachers Vote to Accept New Contract", posts.get(0));
    }

    @Test
    void aFeedItemsTitleInsideItsMarkupIsTheHeadline() {
        ArticleInput a = only("""
                Learning Channel - English newshttp://example.org/feed/en-GBThu, 04 Mar 2021 10:00:00 UTC<![CDATA[Rare Owls Return to Northern Forests]]>Jane Roe Read the full story at the link below:

                Bird watchers say a rare species of owl has returned to forests in the north for the first time in 30 years.

                The owls were counted by volunteers over two weekends.
                """);
        assertEquals("Rare Owls Return to Northern Forests", a.headline());
        assertEquals(HeadlineBasis.STATED, a.headlineBasis());
    }

    @Test
    void anAtomEntrysTitleElementIsTheHeadline() {
        ArticleInput a = only("""
                <?xml version="1.0"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                \t<title>Regional news feed</title>
                \t<entry>
                \t\t<id>https://news.example.org/wiki/Bridge_reopens_after_repairs</id>
                \t\t<title>Bridge reopens after two years of repairs</title>
                \t\t<updated>2024-02-17T15:08:06Z</updated>
                \t\t<summary type="html">The old river bridge in Kessel reopened to traffic on Monday after two years of repairs, the city said.</summary>
                """);
        assertEquals("Bridge reopens after two years of repairs", a.headline());
    }

    @Test
    void aHeadlineUnderlinedWithARuleIsNoCutOfTheCopy() {
        ArticleInput a = only("""
                Originally published by the Harbor Times (www.harbortimes.example).
                June 2, 2009

                Ministers Meet in Accra to Discuss Cocoa Prices
                ===============================================

                Agriculture ministers from five West African countries met in Accra on Tuesday to discuss falling cocoa prices.
                """);
        assertEquals("Ministers Meet in Accra to Discuss Cocoa Prices", a.headline());
        assertEquals("Harbor Times", a.source());
    }

    @Test
    void aRuleBetweenTwoStoriesStillCutsTheCopy() {
        assertEquals(List.of("Ministers Meet in Accra to Discuss Cocoa Prices", "Floods Close Schools in Northern Region"), headlines("""
                Ministers Meet in Accra to Discuss Cocoa Prices

                Agriculture ministers from five West African countries met in Accra on Tuesday to discuss falling cocoa prices.
                ----------
                Floods Close Schools in Northern Region

                Heavy rain has forced 40 schools to close in the northern region, officials said on Wednesday.
                """));
    }

    private ArticleInput only(String copy) {
        List<ArticleInput> all = articles(copy);
        assertEquals(1, all.size(), () -> all.stream().map(ArticleInput::headline).toList().toString());
        return all.get(0);
    }
}
