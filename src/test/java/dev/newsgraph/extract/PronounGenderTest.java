package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "he said" and "she said" on invented copy: the person in focus, unless the article itself calls them by the other
 * pronoun (an honorific, a gendered title or kin word before the name, "X said he ..."); a name alone is no evidence.
 */
class PronounGenderTest {

    private static final ArticleInput TALKS = only("""
            Ministers Meet Over Disputed Dam

            NAIROBI, Kenya — Water ministers of three countries met in the Kenyan capital on Monday to discuss a disputed dam on the border river.

            Minister Wanjiku Otieno welcomed Minister Hassan Abdi at the airport. Abdi said he would not sign any deal that cut his country's share of the water.

            "We have come to listen, but our farmers cannot wait forever," she said.

            Mr. Abdi later met the delegation of the third country. The delegation was led by Minister Joseph Lado.

            "Nothing will be decided without all three of us," he said.
            """);

    private static final ArticleInput STRIKE = only("""
            Teachers Extend Strike

            ACCRA, Ghana — Teachers extended their strike into a third week on Tuesday.

            Union spokeswoman Efua Mensah met Education Minister Kwame Boateng in Accra. Boateng told reporters he had no money for a raise.

            "The minister has offered us nothing but promises," she said.
            """);

    @Test
    void aPronounTheArticleDoesNotUseForThePersonInFocusMeansTheOneNamedBefore() {
        assertEquals("Wanjiku Otieno", speakerOf(TALKS, "come to listen"), "\"X said he ...\" then \"she said\"");
        assertEquals("Efua Mensah", speakerOf(STRIKE, "offered us nothing"), "\"spokeswoman X\", \"Y told reporters he\"");
    }

    @Test
    void aPronounTheArticleGivesNoEvidenceAgainstStaysWithTheFocus() {
        assertEquals("Joseph Lado", speakerOf(TALKS, "Nothing will be decided"), "\"Mr. Abdi\" is no evidence about Lado");
    }
}
