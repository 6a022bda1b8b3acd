package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.EventInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.newsgraph.extract.EventClassesTest.events;
import static dev.newsgraph.extract.EventClassesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events that last or recur, on invented copy (issue 11, events): a protest told day by day at one place is one
 * protest, dated from its first day told; a plan or a speech "met with" cheers or anger is how it was received, no
 * meeting; meetings told as repeated ("repeatedly bombed their meetings") or of a year before ("while attending
 * summits last year") are background, no event of the story.
 */
class EventSpanClassesTest {

    @Test
    void aProtestToldDayByDayAtOnePlaceIsOneProtest() {
        List<EventInput> events = events("""
                Opposition Keeps Up Sit-In Over Mining Law

                Opposition supporters warm themselves by a fire during a rally in Freedom Square, Tbilisi, Georgia, March 9, 2021.

                Students march against the government during a rally in Freedom Square in Tbilisi, March 6, 2021.

                Farmers join a rally in Freedom Square, Tbilisi, March 4, 2021.
                """);
        List<EventInput> protests = of(events, EventKind.PROTEST);
        assertEquals(1, protests.size(), events::toString);
        assertEquals(LocalDate.of(2021, 3, 4), protests.get(0).occurredOn(), events::toString);
    }

    @Test
    void somethingMetWithCheersOrAngerIsNoMeeting() {
        List<EventInput> cheers = events("""
                Crowd Cheers Resignation

                Opposition leader Tomas Varga's announcement in Bratislava was met with cheers of "Freedom!" by thousands of supporters.
                """);
        assertTrue(of(cheers, EventKind.MEETING).isEmpty(), cheers::toString);
        List<EventInput> anger = events("""
                Fuel Price Rise Angers Drivers

                The rise in fuel prices ordered by Energy Minister Rosa Ndlovu on Monday in Lusaka was quickly met with anger from taxi drivers.
                """);
        assertTrue(of(anger, EventKind.MEETING).isEmpty(), anger::toString);
    }

    @Test
    void repeatedMeetingsAndMeetingsOfAYearBeforeAreBackground() {
        List<EventInput> repeated = events("""
                Rebels Accuse Army of Bombing Talks

                Rebel commander Samuel Deng said the army had repeatedly shelled their meetings in Bor, despite a ceasefire.
                """);
        assertTrue(of(repeated, EventKind.MEETING).isEmpty(), repeated::toString);
        List<EventInput> lastYear = events("""
                Leaders to Meet in Quito

                So far, Ruiz has held three short meetings with Ortega while attending regional forums in Lima last year.
                """);
        assertTrue(of(lastYear, EventKind.MEETING).isEmpty(), lastYear::toString);
        List<EventInput> yearsAgo = events("""
                Minister Recalls Visit

                Foreign Minister Ana Costa said her talks with Rwandan officials in Kigali two years ago had opened the way.
                """);
        assertTrue(of(yearsAgo, EventKind.MEETING).isEmpty(), yearsAgo::toString);
    }
}
