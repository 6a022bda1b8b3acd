package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How newspapers and aggregators credit the agency copy they print, written like the pages a paste brings along: a
 * byline with the agency after the name, a labelled author, the agency closing the story, a wire service's trailer, a
 * date stamp after a dash or after the agency, a paper's name before its date, a republisher's agency box after the
 * dateline. Invented copy; names and places are made up or public figures.
 */
class AgencyCreditShapesTest {

    private static final String LEAD = "Gunmen killed at least seven people in an attack on a market in the town of Bama"
            + " on Tuesday, local officials said.\n\nThe attackers fled before soldiers arrived, a police spokesman said.";

    @ParameterizedTest
    @ValueSource(strings = {"Amina Bello Associated Press", "Amina Bello, Associated Press", "Amina Bello Reuters",
            "Amina Bello AFP"})
    void aBylineWithTheAgencyAfterTheNameGivesTheAuthorAndTheSource(String byline) {
        ArticleInput a = only("Gunmen kill seven at market in northeast Nigeria\n\n" + byline + "\n\nMAIDUGURI, Nigeria — " + LEAD);
        assertEquals("Amina Bello", a.author(), byline);
        assertTrue(a.source() != null && !a.source().isBlank(), byline);
        assertTrue(a.people().stream().noneMatch(p -> p.name().contains("Bello")), a.people().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm Daniel Okoro. Reporter Amina Bello in Maiduguri wrote this story for VOANews.com. Daniel Okoro"
            + " adapted it for Learning English. Kathleen Hale was the editor.",
            "I'm Daniel Okoro. Amina Bello adapted this story from VOANews.com and Reuters reports. Kathleen Hale was the editor."})
    void aRewrittenStorysClosingCreditsNameItsWriterAndOutlet(String credits) {
        ArticleInput a = only("Gunmen kill seven at market in northeast Nigeria\n\n" + LEAD + " " + credits + "\n");
        assertEquals("Amina Bello", a.author(), credits);
        assertEquals("VOA", a.source(), credits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Author: Daniel Okoro", "Written by: Daniel Okoro", "Reporter: Daniel Okoro"})
    void aLabelledAuthorLineNamesTheAuthor(String line) {
        ArticleInput a = only("Gunmen kill seven at market in northeast Nigeria\n\n" + LEAD + "\n\n" + line + "\n");
        assertEquals("Daniel Okoro", a.author(), line);
        assertTrue(a.people().stream().noneMatch(p -> p.name().contains("Okoro")), a.people().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n\n- Reuters", "\n\n— AFP", " (AP)", " (Reuters)"})
    void theAgencyClosingTheStoryIsItsSource(String closing) {
        ArticleInput a = only("Gunmen kill seven at market in northeast Nigeria\n\n" + LEAD + closing + "\n");
        assertTrue(a.source() != null && !a.source().isBlank(), closing);
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.strip().matches("[-—] *\\p{L}+")), a.paragraphs().toString());
    }

    @Test
    void aWireServicesTrailerNamesTheReporterAsAuthor() {
        ArticleInput a = only("Blast kills nine in northern China\n\nBEIJING (Reuters) - An explosion in a residential building"
                + " in northern China killed nine people on Saturday, state media said.\n\n"
                + "(Reporting by Lina Wei and Tom Hale; Editing by Rosa Marsh)\n");
        assertEquals("Lina Wei", a.author().replaceFirst(" and .*", ""));
        assertTrue(a.people().stream().noneMatch(p -> p.name().contains("Marsh")), a.people().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"- Posted 02 Apr 2017 16:15", "Posted: 02 Apr 2017 16:15", "(Xinhua) 16:15, April 2, 2017",
            "Daily Courier April 2, 2017", "The Morning Star 2 April 2017"})
    void aDateStampUnderTheHeadlineIsThePublicationDateNotADateline(String stamp) {
        ArticleInput a = only("Blast kills nine in northern China\n\n" + stamp + "\n\nAn explosion in a residential building"
                + " in northern China's Shanxi province killed nine people on Saturday, state media said.\n");
        assertEquals(LocalDate.of(2017, 4, 2), a.publishedOn(), stamp);
        assertNull(a.dateline(), stamp);
        assertTrue(a.places().stream().noneMatch(p -> stamp.contains(p.name())), a.places().toString());
    }

    @Test
    void theAgencyStampUnderTheHeadlineIsTheSource() {
        ArticleInput a = only("Blast kills nine in northern China\n\n(Xinhua) 16:15, April 2, 2017\n\nAn explosion in a"
                + " residential building in northern China's Shanxi province killed nine people on Saturday.\n");
        assertEquals("Xinhua", a.source());
    }

    @Test
    void aRepublishersAgencyBoxAfterTheDatelineGivesDatelineSourceAndDateButNoNames() {
        ArticleInput a = only("Strike Kills Two Journalists In Gaza\n\nSara Malik (@SaraMalik) Published July 31, 2024 | 09:42 PM\n\n"
                + "Doha, (APP - UrduPoint / Pakistan Point News - 31st Jul, 2024) Two journalists were killed on Wednesday in"
                + " an Israeli strike in Gaza, the Qatar-based channel reported.\n");
        assertEquals("Doha", a.dateline());
        assertEquals(LocalDate.of(2024, 7, 31), a.publishedOn());
        assertEquals("Sara Malik", a.author());
        assertTrue(a.people().isEmpty(), a.people().toString());
        assertTrue(a.paragraphs().get(0).startsWith("Two journalists"), a.paragraphs().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(MENAFN)", "(AP)", "(Xinhua)"})
    void anAgencyInParenthesesOpeningTheLeadIsTheSource(String credit) {
        ArticleInput a = only("Two Blasts Strike Northern China\n\n" + credit + " A blast hit a housing estate in northern"
                + " China on Wednesday, state media reported.\n");
        assertTrue(a.source() != null && credit.contains(a.source().replace("Associated Press", "AP")), a.source());
        assertTrue(a.paragraphs().get(0).startsWith("A blast"), a.paragraphs().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"VOA60 Africa - Gunmen kill seven at market in northeast Nigeria", "Reuters World: Gunmen kill seven at market"})
    void aProgrammesLabelOnTheHeadlineNamesTheOutlet(String headline) {
        ArticleInput a = only(headline + "\n\n" + LEAD + "\n");
        assertTrue(a.source() != null && headline.startsWith(a.source().substring(0, 3)), String.valueOf(a.source()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"© Reuters -", "© 2024 Associated Press", "Copyright Xinhua."})
    void aCopyrightLineNamesTheSource(String line) {
        ArticleInput a = only("Gunmen kill seven at market in northeast Nigeria\n\n" + LEAD + "\n\n" + line + "\n");
        assertTrue(a.source() != null, line);
    }

    @Test
    void aTeasersBylineDateAndDatelineRunIntoTheLeadAreReadApart() {
        ArticleInput a = only("Taliban Overrun District in Southern Afghanistan\nAmina Bello VOA News July 30, 2016 KABUL—Afghan officials"
                + " said on Saturday that Taliban fighters had overrun a district in Helmand province after two days of fighting.\n");
        assertEquals("Amina Bello", a.author());
        assertEquals("VOA", a.source());
        assertEquals("Kabul", a.dateline());
        assertEquals(LocalDate.of(2016, 7, 30), a.publishedOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police officials tell VOA", "Police officials, when called by VOA, said", "Police officials told the Associated Press"})
    void theOutletPeopleSpokeToIsTheSourceEvenWhenItIsCitedForFacts(String told) {
        ArticleInput a = only("Gunmen kill seven at market in northeast Nigeria\n\n" + told + " that gunmen killed seven people in Bama"
                + " on Tuesday.\n\nVOA and the Associated Press said the attackers fled.\n");
        assertTrue(a.source() != null && told.contains(a.source().replace("AP", "Associated Press")), String.valueOf(a.source()));
    }
}
