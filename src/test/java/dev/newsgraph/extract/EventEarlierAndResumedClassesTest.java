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
 * Events on invented wire-style copy: an earlier event of its kind ("the last elections", "elections earlier this year")
 * is background, and a trial that resumed at a tribunal named by its initials is placed where the sentence puts it.
 */
class EventEarlierAndResumedClassesTest {

    @Test
    void anEarlierEventOfItsKindIsBackground() {
        List<EventInput> events = events("""
                Opposition Leader Arrested in Malawi

                LILONGWE — Police arrested opposition leader James Banda on Tuesday. His party lost the last elections by a \
                narrow margin, and the ruling party had also won local elections earlier this year.
                """);
        assertTrue(of(events, EventKind.ELECTION).isEmpty(), events::toString);
    }

    @Test
    void aTrialResumedAtATribunalNamedByItsInitialsIsPlacedInItsCity() {
        List<EventInput> events = events("""
                War Crimes Trial Resumes - 2011-05-03

                The trial of three former army commanders accused of the 1990 massacres has resumed at a U.N. tribunal in \
                Freetown, Sierra Leone. Observers hope it will end soon.
                """);
        List<EventInput> trials = of(events, EventKind.TRIAL);
        assertEquals(1, trials.size(), events::toString);
        assertEquals("Freetown", trials.get(0).place(), events::toString);
    }
}
