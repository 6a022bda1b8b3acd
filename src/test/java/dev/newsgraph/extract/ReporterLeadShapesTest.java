package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Where radio-era pages name their writer and dateline outside a byline (issue 11, article metadata), each shape on
 * invented copy: the reporter in the lead ("As Jane Doe reports from Lagos, ...", "From Lagos, Jane Doe reports ..."), a
 * name alone over a lead whose dateline lost its place ("— Ahead of ..."), and the dateline's place on a line of its own
 * above the date line.
 */
class ReporterLeadShapesTest {

    @Test
    void theReporterALeadNamesIsTheAuthor() {
        ArticleInput as = only("""
                Floods Force Thousands From Their Homes

                Heavy rains have flooded large parts of northern Ghana. As Kwame Asante reports from Tamale, relief workers say they cannot reach many of the villages.

                Officials say more than ten thousand people have left their homes since Sunday.
                """);
        assertEquals("Kwame Asante", as.author(), "\"As\" opening the sentence is no part of the name");
        ArticleInput from = only("""
                Opposition Rallies Ahead of Vote

                Thousands of opposition supporters rallied in the Zambian capital on Saturday. From Lusaka, Grace Mwale reports the vote is expected to be close.

                The election is set for next month.
                """);
        assertEquals("Grace Mwale", from.author(), "the place, then the reporter");
    }

    @Test
    void aNameOverALeadWithoutItsPlaceIsTheBylineAlsoUnderAGallery() {
        ArticleInput a = only("""
                Farmers Block Roads Over Fuel Prices

                  • Farmers drive their tractors towards the capital, Warsaw, Poland, Feb. 12, 2024.
                  • A farmer waves a flag on a blocked road near Warsaw, Poland, Feb. 12, 2024.
                Marta Kowalczyk
                — Ahead of a vote on the new fuel tax, farmers blocked the main roads into the capital with their tractors on Monday.

                The government says the tax is needed to balance the budget.
                """);
        assertEquals("Marta Kowalczyk", a.author());
    }

    @Test
    void aPlaceAloneAboveTheDateLineIsTheDateline() {
        ArticleInput a = only("""
                Nairobi
                14 March 2009
                Kenyan police have arrested twelve people after clashes between rival groups in a market of the capital. Officials say four people were hurt.
                Police say calm has returned to the area.
                """);
        assertEquals("Nairobi", a.dateline());
    }

    @Test
    void aCorrespondentWhoLooksAheadOrHasMoreOrAHostWhoSpokeToAGuestIsTheAuthor() {
        ArticleInput looks = only("""
                Leaders Gather for Ocean Summit

                Island leaders are meeting this week to talk about rising seas. Radio Example correspondent Tomas Berg looks ahead to the summit in Suva.

                The talks open on Monday.
                """);
        assertEquals("Tomas Berg", looks.author());
        ArticleInput hasMore = only("""
                Former Minister Speaks From Exile

                A former finance minister who fled the country last year says he plans to return before the election. Lina Okafor has more on the interview, in this report narrated by Sam Reyes.

                He spoke from Lisbon.
                """);
        assertEquals("Lina Okafor", hasMore.author());
        assertFalse(InventedCopy.people(hasMore).contains("Sam Reyes"), "the narrator of the report is no person of the story");
        ArticleInput spoke = only("""
                New President Sworn In

                The new president took the oath of office on Tuesday. For more, AFP’s Ana Costa-Reis spoke to Regional Editor Paul Mbeki live from the capital.
                """);
        assertEquals("Ana Costa-Reis", spoke.author());
    }
}
