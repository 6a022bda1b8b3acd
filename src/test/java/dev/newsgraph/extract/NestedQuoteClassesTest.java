package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Quotes in single marks inside a quotation, as a blog's excerpt of another outlet's story prints them, on invented
 * copy: each is a quote of its own, spoken by whom the excerpt says spoke it ("X said the talks had gone ‘...’", "Y
 * called the meeting ‘...’"), not left inside the excerpt with no speaker.
 */
class NestedQuoteClassesTest {

    private static final ArticleInput EXCERPT = only("""
            Leaders Agree to Resume Talks After Summit

            The Daily Monitor reports: “President Samuel Okello said the talks in Nairobi with his Tanzanian counterpart, Grace Mwita, had gone ‘far better than either side had hoped.’ Mwita called the meeting ‘a new page for the whole region’ and left for Dodoma on Friday.”

            Okello's office said a joint commission would meet in March.
            """);

    @Test
    void aQuoteInsideAnExcerptIsSpokenByWhomTheExcerptNames() {
        assertEquals("Samuel Okello", speakerOf(EXCERPT, "far better than either side"), "X said the talks had gone ‘...’");
        assertEquals("Grace Mwita", speakerOf(EXCERPT, "a new page for the whole region"), "Y called the meeting ‘...’");
    }
}
