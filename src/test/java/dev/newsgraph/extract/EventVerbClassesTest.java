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
 * Events told by their verb, on invented copy: a meeting whose day is told between the verb and its partner, a press
 * conference someone addressed, and a meeting "to be held" told by "is to" / "are to" (planned, no event).
 */
class EventVerbClassesTest {

    @Test
    void aMeetingWhoseDayIsToldBeforeItsPartnerIsAMeeting() {
        for (String met : List.of("met Tuesday with", "met on Friday with", "met today with", "met Sunday morning with")) {
            List<EventInput> events = events("""
                    Chilean Minister Holds Talks in Lima

                    LIMA — Chilean Foreign Minister Rosa Ibarra arrived in Peru on a two-day visit.

                    She %s Peruvian Prime Minister Tomas Quispe, who said the two countries would sign a fishing accord.
                    """.formatted(met));
            List<EventInput> meetings = of(events, EventKind.MEETING);
            assertEquals(1, meetings.size(), met + ": " + events);
            assertTrue(meetings.get(0).participants().contains("Tomas Quispe"), met + ": " + events);
        }
    }

    @Test
    void aPressConferenceSomeoneAddressedIsOne() {
        List<EventInput> events = events("""
                Leaders Pledge Closer Ties

                OTTAWA — Canadian Prime Minister Claire Dubois met on Thursday with her Norwegian counterpart Lars Eide, and
                addressed a press conference after the meeting at Parliament Hill.
                """);
        assertEquals(1, of(events, EventKind.PRESS_CONFERENCE).size(), events::toString);
    }

    @Test
    void aLetterAddressedToASummitIsNoEventOfItsOwn() {
        List<EventInput> events = events("""
                Activists Write to Leaders

                NAIROBI — Activists published a letter addressed to the summit, urging leaders to act on drought.
                """);
        assertTrue(of(events, EventKind.SUMMIT).isEmpty(), events::toString);
    }

    @Test
    void leadersWhoAreToMeetInASummitHaveNotMetYet() {
        for (String planned : List.of("are to meet Tuesday, in a summit hosted by Egypt",
                "are to hold talks next week, at a summit in Nairobi", "is to meet the Ghanaian leader, in a summit in Accra")) {
            List<EventInput> events = events("""
                    Envoy Arrives in Region

                    DAKAR — The U.N. envoy Pierre Malou held talks in Dakar on Sunday. President Amadou Sy and President Kofi Mensah %s.
                    """.formatted(planned));
            assertTrue(of(events, EventKind.SUMMIT).isEmpty(), planned + ": " + events);
        }
    }
}
