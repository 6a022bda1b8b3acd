package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The copy reader asks about each line several times, as a line of its own and as a paragraph's opening; the answers
 * of recent lines are kept, and the two questions keep their own answers.
 */
class DatelineTest {

    @Test
    void aLineAndAParagraphsOpeningKeepTheirOwnAnswers() {
        String line = "KABUL, Afghanistan (Reuters) -";
        String paragraph = "KABUL, Afghanistan (Reuters) - A suicide bomber killed four police officers on Monday.";
        for (int round = 0; round < 2; round++) {
            assertEquals("KABUL", Dateline.line(line).place());
            assertNull(Dateline.lead(line), "a dateline with nothing after it opens no paragraph");
            assertEquals("A suicide bomber killed four police officers on Monday.", Dateline.lead(paragraph).rest());
            assertNull(Dateline.line(paragraph), "a paragraph is no dateline line");
        }
    }
}
