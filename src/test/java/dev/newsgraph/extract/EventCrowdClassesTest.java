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
 * Events that wire copy tells without their noun or names their speaker only by title (issue 11, events), on invented
 * copy: a protest told by its crowd's participle ("police protesting budget cuts", "talk with protesting workers"); a
 * speech by "the president" in a story that names two presidents, who is the one named last; and a trial or summit
 * "set to begin", which has not taken place, nor has the same one told again.
 */
class EventCrowdClassesTest {

    @Test
    void aCrowdToldByItsParticipleOfProtestIsAProtestWhereItIs() {
        List<EventInput> police = events("""
                Soldiers Free Minister Held by Police

                Soldiers freed Interior Minister Jorge Salinas late Tuesday after he was trapped for hours in a station in La Paz by police protesting cuts to their pay.
                """);
        assertEquals(1, of(police, EventKind.PROTEST).size(), police::toString);
        assertEquals("La Paz", of(police, EventKind.PROTEST).get(0).place(), police::toString);
        List<EventInput> miners = events("""
                Minister Pelted With Stones

                Mining Minister Tomas Vidal was pelted with stones on Thursday as he tried to talk with protesting miners outside the company's offices in Antofagasta.
                """);
        assertEquals("Antofagasta", of(miners, EventKind.PROTEST).get(0).place(), miners::toString);
        List<EventInput> nurses = events("""
                Hospitals Run on Skeleton Staff

                Hospitals ran on skeleton staff on Monday, with thousands of nurses demonstrating outside parliament in Nairobi for a second week over unpaid wages.
                """);
        assertEquals("Nairobi", of(nurses, EventKind.PROTEST).get(0).place(), nurses::toString);
    }

    @Test
    void theSpeechOfThePresidentInAStoryOfTwoPresidentsIsTheOneNamedLast() {
        List<EventInput> events = events("""
                President Rescued From Besieged Hospital

                President Rafael Quintero was rescued by troops from a hospital in Quito late Thursday after a shootout with rebel police.

                Later, the embattled president addressed a large crowd of supporters from the balcony of the palace.

                Quintero is an ally of Cuba's president Luis Ortega and has been critical of U.S. policy.
                """);
        List<EventInput> speeches = of(events, EventKind.SPEECH);
        assertEquals(1, speeches.size(), events::toString);
        assertEquals(List.of("Rafael Quintero"), speeches.get(0).participants(), events::toString);
    }

    @Test
    void anEventSetToBeginHasNotTakenPlaceNorHasTheSameToldAgain() {
        List<EventInput> trial = events("""
                Trial of Aid Worker to Begin in Capital

                The closed-door trial of aid worker Anna Brandt is set to begin on Wednesday in Minsk, eight months after her arrest. The trial is taking place at the regional court.
                """);
        assertTrue(of(trial, EventKind.TRIAL).isEmpty(), trial::toString);
        List<EventInput> summit = events("""
                Leaders Gather for Regional Summit

                A two-day summit of West African leaders is set to open on Friday in Abuja. The summit is being held under tight security.
                """);
        assertTrue(of(summit, EventKind.SUMMIT).isEmpty(), summit::toString);
    }
}
