package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.EventInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.EventClassesTest.events;
import static dev.newsgraph.extract.EventClassesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story's news told by its headline, on invented copy: an event of a kind the body tells of nowhere is the
 * headline's (a headline looking ahead, a noun qualifying another and a kind the body told as background are not);
 * and talks told by someone being at a place for them.
 */
class EventHeadlineClassesTest {

    @Test
    void aHeadlinesEventTheBodyToldOfOnlyInPassingIsTheStorysNews() {
        for (String headline : List.of("Kenya's New President Holds Talks in Addis Ababa", "Ethiopian and Kenyan Leaders Hold Talks in Addis Ababa")) {
            List<EventInput> events = events("""
                    %s

                    Kenya's newly elected president, Daniel Mwangi, is visiting Ethiopia for three days of talks on trade and the border.

                    Mwangi was elected in a runoff last month.
                    """.formatted(headline));
            List<EventInput> meetings = of(events, EventKind.MEETING);
            assertEquals(1, meetings.size(), headline + ": " + events);
            assertEquals("Addis Ababa", meetings.get(0).place(), headline + ": " + events);
        }
    }

    @Test
    void aHeadlineLookingAheadOrQualifyingANounTellsOfNoEvent() {
        for (String headline : List.of("Kenyan President to Hold Talks in Addis Ababa", "Kenyan President Heads to Addis Ababa for Talks",
                "Kenyan Lawmakers Indicted in Election Fraud Case")) {
            List<EventInput> events = events("""
                    %s

                    Kenya's president, Daniel Mwangi, is expected in Ethiopia on Monday, his office said.

                    Three lawmakers were charged on Friday with fraud, prosecutors said.
                    """.formatted(headline));
            assertTrue(of(events, EventKind.MEETING).isEmpty() && of(events, EventKind.ELECTION).isEmpty(), headline + ": " + events);
        }
    }

    @Test
    void someoneAtAPlaceForTalksIsHoldingThemThere() {
        for (String lead : List.of("is in the northern Moroccan city of Tangier for talks Sunday with the prime minister",
                "arrived in Tangier for talks with Moroccan officials", "came to Tangier for two days of talks")) {
            List<EventInput> events = events("""
                    Spanish Minister in Morocco

                    RABAT — Spanish Foreign Minister Ana Ruiz %s.
                    """.formatted(lead));
            List<EventInput> meetings = of(events, EventKind.MEETING);
            assertEquals(1, meetings.size(), lead + ": " + events);
            assertEquals("Tangier", meetings.get(0).place(), lead + ": " + events);
        }
        List<EventInput> called = events("""
                Spanish Minister Urges Dialogue

                RABAT — Spanish Foreign Minister Ana Ruiz will travel to Tangier for talks next week, her office said.
                """);
        assertTrue(of(called, EventKind.MEETING).isEmpty(), called::toString);
    }
}
