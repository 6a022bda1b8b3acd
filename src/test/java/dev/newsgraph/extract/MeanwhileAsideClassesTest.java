package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Meanwhile, thousands have fled to the border", "Meanwhile, the government has suspended internet services": an
 * aside about the incident's aftermath, with no incident of its own, does not end the story of the incident; a later
 * sentence telling of it again ("The violence began in the city of X", "The fighting broke out near the town of X")
 * still places it, however many aside sentences come between.
 */
class MeanwhileAsideClassesTest {

    @Test
    void theViolenceToldAgainAfterAnAsidePlacesIt() {
        IncidentInput jos = onlyIncident(only("""
                Ethnic Violence in Nigeria's Plateau State Kills 30

                At least 30 people have died in ethnic violence in central Nigeria, a state government spokesman said Tuesday. Meanwhile, thousands of residents have sought shelter in army barracks and churches.

                Aid agencies say food and clean water are running short in the camps.

                The violence began in the city of Jos on Sunday after a dispute over a market stall, witnesses said.
                """));
        assertEquals("Jos", jos.place());
        assertEquals(30, best(jos, FigureKind.KILLED));
        IncidentInput churachandpur = onlyIncident(only("""
                Mob Violence Leaves 12 Dead in India

                Officials in India say at least 12 people have been killed in mob violence in the northeast of the country.

                Meanwhile, the government has suspended internet services across the state for three days.

                Police said the violence erupted in the town of Churachandpur late Wednesday after a rally turned violent.
                """));
        assertTrue(churachandpur.place().startsWith("Chur"), churachandpur::toString);
    }

    @Test
    void theFightingToldAgainAfterAnAsidePlacesIt() {
        IncidentInput moyale = onlyIncident(only("""
                Death Toll From Clashes in Northern Kenya Rises to 18

                Kenyan police say the death toll from clashes between rival herders in the north of the country has risen to 18. Meanwhile, the Red Cross said it had sent tents and medicine to families who fled their homes.

                The fighting broke out near the town of Moyale on Friday after a cattle raid.
                """));
        assertEquals("Moyale", moyale.place());
        assertEquals(18, best(moyale, FigureKind.KILLED));
    }
}
