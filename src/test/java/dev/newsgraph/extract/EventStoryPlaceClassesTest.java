package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where an event whose sentence names no place took place, on invented copy without a dateline: where the story's
 * other events are when they are in one city and its country ("a news conference in Accra", "talks in Ghana"), and,
 * for a visit with no place ("His visit is the first ..."), where its visitor's other events took place; an election,
 * in the one country its sentence names ("Peru's electoral board says ... this month's presidential election").
 */
class EventStoryPlaceClassesTest {

    private static EventInput event(ArticleInput a, EventKind kind) {
        return a.events().stream().filter(e -> e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + ": " + a.events()));
    }

    @Test
    void anUnplacedVisitIsWhereTheVisitorsOtherEventsAre() {
        ArticleInput a = only("""
                Canadian Leader in Ghana for Trade Talks

                Canadian Prime Minister Jean Tremblay, left, speaks at a news conference with his Ghanaian counterpart Kwesi Boateng at the Jubilee House in Accra, Ghana, 12 March 2015.

                Prime Minister Jean Tremblay is in Ghana for a two-day stay that includes talks with President Kwesi Boateng.

                His visit is the first by a Canadian leader in twenty years.

                Mr. Tremblay shook hands with ministers before beginning talks with President Boateng. In a joint news conference, Mr. Tremblay said he was glad to be in Ghana.
                """);
        String conference = event(a, EventKind.PRESS_CONFERENCE).place();
        assertEquals(conference, event(a, EventKind.MEETING).place(), a.events()::toString);
        assertEquals(conference, event(a, EventKind.VISIT).place(), a.events()::toString);
        assertTrue(List.of("Accra", "Ghana").contains(conference), a.events()::toString);
    }

    @Test
    void anElectionIsInTheOneCountryItsSentenceNamesByItsPossessive() {
        ArticleInput a = only("""
                World News Briefs

                U.S. President Mark Ellison said on Thursday the United States would send more aid to flood victims. Ellison spoke in Washington.

                UNITED STATES - STORMS: Storms in the southern United States killed four people in Texas and Alabama on Wednesday, U.S. officials said.

                PERU - ELECTION: Peru's electoral board says Senator Rosa Quispe is the winner of this month's presidential election, with 54 percent of the vote.
                """);
        assertEquals("Peru", event(a, EventKind.ELECTION).place(), a.events()::toString);
    }
}
