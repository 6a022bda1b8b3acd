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
 * A visit is told of a visitor, on invented copy: vehicles, volunteers or a rescue team that travel somewhere make no
 * visit; a named person, holders of an office or a pronoun for one do.
 */
class EventVisitorClassesTest {

    @Test
    void travelWithoutANamedVisitorIsNoVisit() {
        List<EventInput> events = events("""
                Ambush Kills Soldiers in Kyrgyzstan

                BISHKEK — Gunmen ambushed an army convoy on Sunday as the trucks traveled to the Batken region, officials said.
                Several foreign volunteers are believed to have traveled to Kyrgyzstan to join the fighters. A rescue team \
                visited Batken on Monday.
                """);
        assertTrue(of(events, EventKind.VISIT).isEmpty(), events::toString);
    }

    @Test
    void aNamedVisitorOrAPronounForOneMakesAVisit() {
        List<EventInput> events = events("""
                Chilean Minister Visits Peru

                LIMA — Chilean Foreign Minister Carla Ortiz arrived in Lima on Tuesday for talks on the border dispute, officials said.
                """);
        assertEquals(1, of(events, EventKind.VISIT).size(), events::toString);
        List<EventInput> told = events("""
                Chilean Minister Ends Tour

                Chilean Foreign Minister Carla Ortiz ended a regional tour on Friday. On Thursday she flew to Quito, \
                officials said.
                """);
        assertEquals(1, of(told, EventKind.VISIT).size(), told::toString);
        List<EventInput> office = events("""
                Lawmakers Tour Flooded Region

                A group of Canadian lawmakers visited Manitoba on Wednesday to see the flood damage.
                """);
        assertEquals(1, of(office, EventKind.VISIT).size(), office::toString);
    }
}
