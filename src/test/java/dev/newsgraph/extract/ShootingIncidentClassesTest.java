package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shootings and stabbings are attacks though nobody died: "Four people were shot and wounded at a nightclub", "Three
 * people were stabbed at the main train station", "several people were shot at a church". The wounded are the
 * incident's injured, and a shooting with no count is still an incident where it happened.
 */
class ShootingIncidentClassesTest {

    @Test
    void peopleShotAndWoundedAreTheInjuredOfAnAttack() {
        IncidentInput nightclub = onlyIncident(only("""
                Four People Shot at Nightclub in Sweden

                Four people were shot and wounded at a nightclub in the southern Swedish city of Malmo early Sunday, police said.

                A man was arrested near the scene, a police spokesman said.
                """));
        assertEquals(IncidentType.ATTACK, nightclub.type());
        assertTrue(nightclub.place().startsWith("Malm"), nightclub::toString);
        assertEquals(4, best(nightclub, FigureKind.INJURED));
        assertNull(best(nightclub, FigureKind.KILLED));
        IncidentInput traffic = onlyIncident(only("""
                Two Police Officers Shot in French City of Lyon

                Two police officers were shot and wounded during a traffic stop in the French city of Lyon on Monday night, the interior ministry said.
                """));
        assertEquals(IncidentType.ATTACK, traffic.type());
        assertEquals("Lyon", traffic.place());
        assertEquals(2, best(traffic, FigureKind.INJURED));
    }

    @Test
    void peopleStabbedAreTheInjuredOfAnAttack() {
        IncidentInput station = onlyIncident(only("""
                Three Stabbed at Train Station in Germany

                Three people were stabbed at the main train station in the northern German city of Hamburg on Friday evening, police said.
                """));
        assertEquals(IncidentType.ATTACK, station.type());
        assertEquals("Hamburg", station.place());
        assertEquals(3, best(station, FigureKind.INJURED));
    }

    @Test
    void aShootingWithNoCountIsAnIncidentWhereItHappened() {
        IncidentInput church = onlyIncident(only("""
                Police Say Several People Shot at Church in Texas

                Police in Waco, Texas, say several people were shot at a church Sunday morning during a service. The gunman fled in a car, a police spokesman said.
                """));
        assertEquals(IncidentType.ATTACK, church.type());
        assertEquals("Waco", church.place());
        assertTrue(church.figures().isEmpty(), church.figures()::toString);
    }
}
