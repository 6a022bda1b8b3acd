package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * When a quote's speaker is the one before or after it, on invented copy: a quote left open over paragraphs (its
 * opening mark repeated, no closing one) is spoken by the one named where it closes, not by whom the paragraph before
 * reports; "it said" after an unnamed body does not let the person quoted before go on (nor would "she said" a body).
 */
class SpeakerContinuationClassesTest {

    private static final ArticleInput STORM = only("""
            Storm Cuts Power to Half a Million Homes

            HALIFAX, Nova Scotia — A storm cut power to more than half a million homes across the province on Tuesday, the utility said.

            Premier Janet Moore said crews from three provinces were on their way. "Nobody will be left in the cold tonight," she said.

            The provincial power authority said 1,200 poles were down. "Repairs in rural areas may take a week," it said in a statement.

            Alan Boudreau, a fisherman, watched the sea from his porch in Lunenburg.

            "The waves came over the wharf and took two boats with them.

            "I have lived here forty years and I never saw anything like it," Boudreau said.
            """);

    private static final ArticleInput STRIKE = only("""
            Dockworkers Walk Out Over Pay

            ROTTERDAM, Netherlands — Dockworkers at the port walked out on Friday over a pay offer the union called an insult.

            Port director Anna Smit said ships were being diverted to Antwerp.

            “Our members have waited three years for a raise.

            “They will not wait another three,” union leader Pieter de Vries told a rally.
            """);

    @Test
    void aQuoteOpenOverParagraphsIsSpokenByTheOneNamedWhereItCloses() {
        assertEquals("Alan Boudreau", speakerOf(STORM, "took two boats"), "\"A. ¶ \"B,\" X said.");
        assertEquals("Pieter de Vries", speakerOf(STRIKE, "waited three years"), "“A. ¶ “B,” X told a rally.");
    }

    @Test
    void itSaidDoesNotLetThePersonQuotedBeforeGoOn() {
        assertNull(speakerOf(STORM, "Repairs in rural areas"), "an unnamed body's \"it said\" after a person");
    }
}
