package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A war's cumulative toll told as the span it was counted over, after the toll ("More than 260,000 people have been
 * killed during Colombia's decades-long armed conflict", "About 14,000 people have been killed in the eight-year
 * conflict", "Some 120,000 people have died over the course of the insurgency"), is neither the incident's toll nor an
 * incident of its own.
 */
class WarSpanTollClassesTest {

    private static void assertOnlyToll(IncidentInput incident, int killed) {
        assertEquals(killed, best(incident, FigureKind.KILLED));
        assertEquals(1, incident.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).count(), incident.figures()::toString);
    }

    @Test
    void aTollCountedDuringADecadesLongConflictIsTheWars() {
        assertOnlyToll(onlyIncident(only("""
                Car Bomb Kills 8 in Colombia

                A car bomb exploded outside a police station in the southwestern city of Cali on Friday, killing eight people, officials said.

                More than 260,000 people have been killed and millions displaced during Colombia's decades-long armed conflict.
                """)), 8);
    }

    @Test
    void aTollCountedInAnEightYearConflictIsTheWars() {
        assertOnlyToll(onlyIncident(only("""
                Shelling Kills 3 in Donetsk

                Shelling killed three civilians in the city of Donetsk on Thursday, local officials said.

                About 14,000 people have been killed in the eight-year conflict in eastern Ukraine.
                """)), 3);
    }

    @Test
    void aTollCountedOverTheCourseOfAnInsurgencyIsTheWars() {
        assertOnlyToll(onlyIncident(only("""
                Rebel Attack Kills 11 in Eastern Congo

                Rebels attacked a village near the town of Beni in eastern Congo on Saturday, killing 11 civilians, the army said.

                Some 120,000 people have died over the course of the insurgency, according to aid groups.
                """)), 11);
        assertOnlyToll(onlyIncident(only("""
                Militants Kill 7 Soldiers in Northeast Nigeria

                Islamist militants ambushed an army patrol near the town of Monguno in Nigeria's Borno state on Sunday, killing seven soldiers, military sources said.

                More than 35,000 people have died in the decade-long insurgency in the northeast.
                """)), 7);
    }
}
