package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whom "he said" and "she said" mean, on invented copy: the subject of the last sentence's verb of saying, not a person
 * named before it in an opening phrase ("During the talks with X, Y said ...", "After a dinner with X, Y told ...").
 */
class SpeakerFocusClassesTest {

    private static final ArticleInput TALKS = only("""
            Border Talks Yield Deal on Trade

            ACCRA, Ghana — Foreign Minister Amara Diallo flew to the capital on Monday for talks on the border.

            During Monday’s talks with Diallo, Prime Minister Kofi Mensah said the two countries had agreed to reopen the crossing. But he said the deal “only opens the door to wider trade” next year.

            After a dinner with Mensah and his cabinet, Diallo told reporters the talks had gone well. “We have waited ten years for this day and we will not waste it,” she said.
            """);

    @Test
    void aPronounMeansTheSubjectOfTheVerbOfSayingNotAPersonOfTheOpeningPhrase() {
        assertEquals("Kofi Mensah", speakerOf(TALKS, "only opens the door"), "During talks with X, Y said ... But he said");
        assertEquals("Amara Diallo", speakerOf(TALKS, "waited ten years"), "After a dinner with X, Y told ... she said");
    }

    private static String speakerOf(ArticleInput a, String fragment) {
        return a.statements().stream().filter(st -> st.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError(fragment + " not in " + a.statements())).speaker();
    }
}
