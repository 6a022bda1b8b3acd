package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Classes of speaker errors seen on real copy, in invented wire-style copy (not from the seeds or the corpus). */
class StatementExtractorTest {

    private static final String BUDGET = """
            Minister Defends Budget Plan

            LONDON (Reuters) - Finance Minister Jane Doyle defended her budget on Monday.

            ``We will not raise taxes on working families,'' Doyle said.

            Xinhua reported that Doyle told Chinese Premier Li Qiang that "trade between our two countries must keep growing."

            "The plan is reckless and unfunded," a senior opposition lawmaker said.

            A statement from the International Monetary Fund said the plan was "broadly consistent with our forecasts for growth."

            The statement added, "Inflation remains the main risk to the outlook this year."

            "We will read every line of it. "This budget fails the young and the old," opposition leader Tom Reed told reporters.
            """;

    private static StatementInput quote(String start) {
        List<ArticleInput> articles = new ArticleExtractor().extract(BUDGET, "invented");
        assertEquals(1, articles.size());
        return articles.get(0).statements().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting " + start + " in " + articles.get(0).statements()));
    }

    @Test
    void texStyleQuotesAreQuotes() {
        assertEquals("Jane Doyle", quote("We will not raise taxes").speaker());
    }

    @Test
    void theOutletThatReportsAQuoteIsNotItsSpeaker() {
        assertEquals("Jane Doyle", quote("trade between our two countries").speaker());
    }

    @Test
    void anUnnamedSpeakerIsKeptAsDescribedAndDoesNotContinueThePreviousOne() {
        StatementInput q = quote("The plan is reckless");
        assertNull(q.speaker());
        assertEquals("a senior opposition lawmaker", q.speakerDescription());
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        assertEquals("International Monetary Fund", quote("broadly consistent").speaker());
        assertEquals("International Monetary Fund", quote("Inflation remains the main risk").speaker(), "the statement added");
    }

    @Test
    void aQuoteLeftOpenEndsWhereTheNextOneOpens() {
        assertEquals("We will read every line of it.", quote("We will read every line").text());
        assertEquals("Tom Reed", quote("This budget fails the young").speaker());
    }

    @Test
    void quotationMarksOfEveryStyleAndUnclosedQuotesAreFound() {
        List<StatementExtractor.Quote> q = StatementExtractor.quotations("He said: «Yes, we will.» Then: \"No. \"Never,\" she said.");
        assertEquals(List.of("Yes, we will.", "No.", "Never,"), q.stream().map(StatementExtractor.Quote::inner).toList());
    }

    private static final String ARMY_POST = """
            Militants Attack Army Post in Eastern Congo, Kill 7

            GOMA, Congo (AP) - Rebels attacked an army post near the town of Beni in eastern Congo on Tuesday, killing seven soldiers, the army said.

            Army spokesman Mak Hazukay said the rebels came from the forest.

            "We are not afraid," said Lt. Jean Kamba.

            "The roads are closed," Maj. Gen. Peter Cirimwami said.

            "The region needs peace," the health ministry said.

            "We call on residents to stay calm," the spokesman added.
            """;

    private static String speakerOf(String text, String start) {
        List<ArticleInput> articles = new ArticleExtractor().extract(text, "invented");
        return articles.get(0).statements().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting " + start)).speaker();
    }

    @Test
    void anAbbreviatedRankBeforeTheNameIsPartOfTheSpeakersTitle() {
        assertEquals("Jean Kamba", speakerOf(ARMY_POST, "We are not afraid"));
        assertEquals("Peter Cirimwami", speakerOf(ARMY_POST, "The roads are closed"));
    }

    @Test
    void theTitleAloneRefersToThePersonTheTextGaveIt() {
        assertEquals("Mak Hazukay", speakerOf(ARMY_POST, "We call on residents"));
    }
}
