package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Statements and crowds that left quotes without their speaker or gave them someone else's (issue 11, speakers), each
 * on invented copy that names no person, body or place of the corpus: partial quotes after a sentence whose quote
 * closed it inside its marks; a statement carried on a body's website; "the statement said" with no statement cited
 * before; words chanted at, or written on the signs of, people the copy does not name.
 */
class SpeakerStatementClassesTest {

    private static StatementInput quote(ArticleInput a, String fragment) {
        return a.statements().stream().filter(st -> st.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError(fragment + " not in " + a.statements()));
    }

    @Test
    void aQuoteWhoseStopClosesItsSentenceEndsThatSentenceForTheNextOne() {
        ArticleInput raid = only("""
                Navy Defends Raid on Harbour

                LISBON, Portugal — The Red Cross said the raid "broke every rule of war on the protection of ports." The Portuguese Navy released a statement saying its boats had fired "only at vessels that fired first" and "never at the fishing fleet." The Portuguese Interior Ministry announced an inquiry on Monday.
                """);
        assertEquals("Portuguese Navy", quote(raid, "only at vessels").speaker(), "its lead is the sentence after the quote's stop");
        assertEquals("Portuguese Navy", quote(raid, "never at the fishing fleet").speaker(),
                "the sentence after the quote's stop is no frame of it");
    }

    @Test
    void aStatementOnABodysWebsiteIsThatBodys() {
        ArticleInput clinic = only("""
                Charity Demands Inquiry After Clinic Shelled

                JUBA, South Sudan — Nine patients died when shells hit a clinic run by Save the Children in the town of Yei on Friday. A statement was posted on the Save the Children website condemning the shelling and stating "the clinic's position was known to every armed group in the area."
                """);
        assertEquals("Save the Children", quote(clinic, "known to every armed group").speaker());
    }

    @Test
    void theStatementWithNoneCitedBeforeIsTheBodyInFocus() {
        ArticleInput embassy = only("""
                Embassy Urges Lawmakers to Pass Water Treaty

                VIENTIANE, Laos — The Japanese Embassy urged the government on Tuesday to send the water treaty with Thailand back to parliament. The embassy says the delay hurts farmers on both sides of the river.
                “Farmers cannot wait for another season,” Agriculture Minister Anan Phommachanh told reporters in the capital.
                “We see no reason to wait any longer for a vote on a treaty that both sides have signed,” the statement said, calling on lawmakers “to vote before the rains come.”
                """);
        assertEquals("Japanese Embassy", quote(embassy, "no reason to wait").speaker(), "not the minister quoted last");
        assertEquals("Japanese Embassy", quote(embassy, "before the rains come").speaker());
    }

    @Test
    void wordsChantedAtOrWrittenOnSignsBySpeakersTheCopyDoesNotNameHaveNoSpeaker() {
        ArticleInput rally = only("""
                Mayor Drops Plan to Close Market

                QUITO, Ecuador — Mayor Tomas Okafor dropped a plan to close the city's central market on Wednesday. "The market stays open for as long as I am mayor," Okafor said.
                She spoke after hundreds of traders marched on city hall.
                Okafor’s decision was met with shouts of "Victory!" and "Long live the market!" by traders outside. Vendors carried banners reading, "Our stalls feed our families and our city."
                """);
        assertNull(quote(rally, "Long live the market").speaker(), "the subject of a passive does not speak");
        assertNull(quote(rally, "Our stalls feed our families").speaker(), "unnamed bearers of a sign");
    }
}
