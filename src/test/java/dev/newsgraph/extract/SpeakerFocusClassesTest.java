package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whom "he said" and "she said" mean, on invented copy: the subject of the last sentence's verb of saying, not a person
 * named before it in an opening phrase ("During the talks with X, Y said ...", "After a dinner with X, Y told ..."); the
 * one holder of a title the last sentence has as its subject ("The prime minister, speaking later, promised ..."), not
 * the person quoted before.
 */
class SpeakerFocusClassesTest {

    private static final ArticleInput TALKS = only("""
            Border Talks Yield Deal on Trade

            ACCRA, Ghana — Foreign Minister Amara Diallo flew to the capital on Monday for talks on the border.

            During Monday’s talks with Diallo, Prime Minister Kofi Mensah said the two countries had agreed to reopen the crossing. But he said the deal “only opens the door to wider trade” next year.

            After a dinner with Mensah and his cabinet, Diallo told reporters the talks had gone well. “We have waited ten years for this day and we will not waste it,” she said.
            """);

    private static final ArticleInput RESIGNATION = only("""
            Minister Resigns Over Dam Report

            LIMA, Peru — Energy Minister Carlos Quispe resigned on Wednesday after an official report blamed his ministry for a dam collapse that killed 11 people.

            President Rosa Vargas accepted the resignation.

            Opposition leader Jorge Salas welcomed the move. "The families have waited a year for someone to answer for this," Salas said outside congress.

            The president, speaking later in Cusco, promised a new safety authority. "We owe the victims dams that hold," she said.
            """);

    @Test
    void aPronounAfterATitledSubjectMeansTheOneHolderOfTheTitle() {
        assertEquals("Rosa Vargas", speakerOf(RESIGNATION, "dams that hold"), "The president, ..., promised. \"...,\" she said");
    }

    @Test
    void aPronounMeansTheSubjectOfTheVerbOfSayingNotAPersonOfTheOpeningPhrase() {
        assertEquals("Kofi Mensah", speakerOf(TALKS, "only opens the door"), "During talks with X, Y said ... But he said");
        assertEquals("Amara Diallo", speakerOf(TALKS, "waited ten years"), "After a dinner with X, Y told ... she said");
    }
}
