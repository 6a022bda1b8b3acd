package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static dev.newsgraph.extract.InventedCopy.statementOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quotes whose speaker only the text around them gives, on invented copy: a quote framed by nothing after a sentence
 * whose subject is a person, whatever its verb ("resident X describes the damage.", "On Sunday night, she spoke to
 * supporters."); a speaker known by first name only ("said Aisha, a trader who gave only her first name"), whose next
 * quote in the paragraph is hers too ("a shepherd, Yusuf, told"), or by a user name ("a user named x wrote"); a person
 * named in the possessive ("X's deputy, Y, spoke"), who is not the subject; and an unnamed speaker's second quote,
 * which is not the person reported before.
 */
class SpeakerLeadInClassesTest {

    private static final ArticleInput FLOOD = only("""
            Floodwaters Swamp Coastal Town as Rains Continue

            MOMBASA, Kenya — Floodwaters swept through the coastal town of Malindi on Monday after three days of rain, the Kenya Red Cross said.

            Speaking by telephone from the town centre, shopkeeper Amina Wanjiru describes the scene.

            "The water came in through the roof. Everything in my shop is gone. We are sleeping at the mosque."

            Governor Peter Otieno said the county had opened six shelters.

            "We lost two goats and the whole harvest," said a farmer who asked not to be named. "Nobody has come to help us."

            Farmer Daniel Mwangi was arrested on Tuesday for blocking the highway in protest.

            "The roads were closed and the children could not reach the school."
            """);

    private static final ArticleInput RALLY = only("""
            Opposition Leader Rallies Supporters Before Vote

            SANTIAGO, Chile — Opposition leader Carmen Rojas closed her campaign on Sunday with a rally in the capital.

            Rojas has promised to cut fuel taxes and build new hospitals. On Sunday night, she spoke to thousands of supporters in the main square. "We will win this fight and we will win it together!"

            Interior Minister Luis Herrera said the vote would be calm.

            "Prices have doubled since the spring," said Aisha, a trader who gave only her first name. "Nobody here can afford bread now."

            "I came because I want my children to stay in this country," Tomas, 34, told reporters.
            """);

    private static final ArticleInput QUAKE = only("""
            Aid Trickles Into Quake Zone

            ANKARA, Turkey — Aid began to reach villages cut off by the earthquake in the eastern province of Van on Thursday.

            Health Minister Selin Arslan said: "Clean water is our biggest worry. We are sending tankers."

            Arslan's deputy, Murat Kaya, spoke to reporters in Van on Friday.

            "There is no shortage of medicine. What we lack is trucks.

            "We have asked the air force for two more planes," Kaya said.

            "Our house fell in seconds," a shepherd, Yusuf, told the Anadolu news agency. "We sleep in the open."

            A user named quakewatch_van wrote on X: "The tents in the stadium are full and people are still arriving."
            """);

    @Test
    void aQuoteFramedByNothingIsSpokenByTheSubjectOfTheSentenceBefore() {
        assertEquals("Amina Wanjiru", speakerOf(FLOOD, "came in through the roof"), "X describes the scene. ¶ \"...\"");
        assertEquals("Carmen Rojas", speakerOf(RALLY, "win this fight"), "On Sunday night, she spoke to supporters. \"...\"");
    }

    @Test
    void aPersonNamedInThePossessiveIsNotTheSubject() {
        assertEquals("Murat Kaya", speakerOf(QUAKE, "no shortage of medicine"), "X's deputy, Y, spoke to reporters. ¶ \"...");
    }

    @Test
    void aPassiveSubjectDoesNotSpeak() {
        assertNull(speakerOf(FLOOD, "roads were closed"), "X was arrested. ¶ \"...\"");
    }

    @Test
    void aSpeakerKnownByFirstNameOnlyIsAPersonOfTheStory() {
        assertEquals("Aisha", speakerOf(RALLY, "Prices have doubled"));
        assertEquals("Aisha", speakerOf(RALLY, "afford bread"), "her next quote in the paragraph");
        assertEquals("Tomas", speakerOf(RALLY, "want my children"), "\"...,\" X, 34, told reporters.");
        assertTrue(people(RALLY).contains("Aisha") && people(RALLY).contains("Tomas"), people(RALLY)::toString);
        assertEquals("Yusuf", speakerOf(QUAKE, "house fell in seconds"), "\"...,\" a shepherd, Yusuf, told ...");
        assertEquals("Yusuf", speakerOf(QUAKE, "sleep in the open"), "his next quote in the paragraph");
    }

    @Test
    void aSpeakerKnownByAUserNameIsAPersonOfTheStory() {
        assertEquals("quakewatch_van", speakerOf(QUAKE, "tents in the stadium"), "A user named x wrote on X: \"...\"");
    }

    @Test
    void anUnnamedSpeakersNextQuoteIsNotThePersonReportedBefore() {
        StatementInput next = statementOf(FLOOD, "Nobody has come to help");
        assertNull(next.speaker(), "\"A,\" said a farmer who ... \"B.\" after \"Governor X said ...\"");
        assertEquals("a farmer who asked not to be named", next.speakerDescription());
    }
}
