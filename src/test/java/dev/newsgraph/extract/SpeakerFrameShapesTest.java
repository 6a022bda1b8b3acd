package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Shapes of attribution that left quotes of fresh copy without their speaker (issue 11, speakers), on invented copy:
 * a quote that opens a sentence running on into a clause before its ", he said"; a broadcast script's cue in double
 * parentheses naming who speaks next; a quote whose opening straight mark is followed by a space; a speaker the copy
 * describes and then names by the one name they gave.
 */
class SpeakerFrameShapesTest {

    private static StatementInput quote(ArticleInput a, String fragment) {
        return a.statements().stream().filter(st -> st.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError(fragment + " not in " + a.statements()));
    }

    @Test
    void aQuoteRunningOnIntoAClauseHasItsSpeakerAfterTheClausesLastComma() {
        ArticleInput visit = only("""
                Peruvian Leader Upbeat on Trade Deal

                LIMA, Peru — President Rosa Quispe Mamani spoke for an hour to business leaders in the capital on Monday about the trade talks with Canada.
                “The mood is nothing like before” when a Peruvian leader travels to Ottawa these days, she said, recalling talks that broke down a decade ago.
                “Nobody expected the harvest to recover so fast” after the floods of last spring, Agriculture Minister Tomas Huaman told reporters.
                """);
        assertEquals("Rosa Quispe Mamani", quote(visit, "nothing like before").speaker());
        assertEquals("Tomas Huaman", quote(visit, "harvest to recover").speaker());
    }

    @Test
    void aScriptsCueInDoubleParenthesesNamesWhoSpeaksNext() {
        ArticleInput script = only("""
                Regional Bloc Weighs Sanctions on Junta

                ((NARRATOR))
                Ghanaian President Kwame Asante Boateng will chair the regional bloc from next year.
                ((Kwame Asante Boateng, President of Ghana)) ((English))
                “Ghana proposes that the junta be kept out of every meeting of the bloc until it sets a date for elections.”
                ((NARRATOR))
                """);
        assertEquals("Kwame Asante Boateng", quote(script, "Ghana proposes").speaker());
    }

    @Test
    void aStraightOpeningMarkFollowedByASpaceStillOpensAQuote() {
        ArticleInput delta = only("""
                Fishermen Flee Coastal Villages

                PORT HARCOURT, Nigeria — Community leader Ebiere Tonye said armed men had ordered fishermen to leave three villages.
                "They came at night with guns and gave everyone a day to leave," she said. " In the end, the people had no choice but to go, and the villages are empty now."
                """);
        assertEquals("Ebiere Tonye", quote(delta, "the people had no choice").speaker());
    }

    @Test
    void aSpeakerKnownByTheOneNameTheyGaveIsThatName() {
        ArticleInput strike = only("""
                Dock Workers Extend Strike

                MOMBASA, Kenya — Dock workers extended their strike into a second week on Monday, demanding back pay.
                "We will not load a single ship until we are paid," a 41-year-old crane operator who gave his name as Otieno told reporters. "Our children are out of school."
                "Nobody has spoken to us," said a cleaner who identified herself only as Wanjiru.
                """);
        assertEquals("Otieno", quote(strike, "load a single ship").speaker());
        assertEquals("Otieno", quote(strike, "children are out of school").speaker());
        assertEquals("Wanjiru", quote(strike, "Nobody has spoken").speaker());
    }
}
