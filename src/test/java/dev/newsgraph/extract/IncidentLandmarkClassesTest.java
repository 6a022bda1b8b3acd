package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places that are not where the incident happened, on invented copy: the capital a lead gives as a landmark ("a base
 * near the capital") gives way to the town the next sentence puts the incident in; the province whose governor or
 * police give a toll ("the governor of Paktia province said ...") holds the incident's town and makes no incident of
 * its own; where a body sits ("The British Embassy in Kabul offered condolences", "a channel based in Baghdad") is not
 * where the incident happened.
 */
class IncidentLandmarkClassesTest {

    @Test
    void aCapitalTheLeadGivesAsALandmarkGivesWayToTheTown() {
        IncidentInput base = onlyIncident(only("""
                Militants Attack Army Base in Somalia

                At least six soldiers were killed when militants attacked a military base near the capital, officials said.

                Two car bombs hit the base in the town of Afgooye, 30 kilometers west of Mogadishu, before militants stormed it.
                """));
        assertEquals("Afgooye", base.place());
        assertEquals(6, best(base, FigureKind.KILLED));
        IncidentInput camp = onlyIncident(only("""
                Jihadists Attack Army Camp Near Malian Capital

                Suspected jihadists attacked an army camp near the Malian capital on Friday, killing at least five soldiers, the army said.

                The assailants struck the camp in the garrison town of Kati before dawn.
                """));
        assertEquals("Kati", camp.place());
        assertEquals(5, best(camp, FigureKind.KILLED));
        IncidentInput roadblock = onlyIncident(only("""
                Gunmen Kill 4 Police Officers Near Kenyan Capital

                Gunmen killed four police officers at a roadblock near the capital on Tuesday, police said.

                The officers were ambushed on the highway in the town of Thika as they checked vehicles.
                """));
        assertEquals("Thika", roadblock.place());
        assertEquals(4, best(roadblock, FigureKind.KILLED));
    }

    @Test
    void aTollFromTheProvincesOfficeIsTheTownsIncident() {
        IncidentInput mosque = onlyIncident(only("""
                Suicide Bomber Kills 12 at Afghan Mosque

                A suicide bomber killed 12 worshippers at a mosque in the eastern city of Gardez during Friday prayers, officials said.

                The governor of Paktia province, Abdul Wali Sahi, said 20 more people were wounded in the blast.
                """));
        assertEquals("Gardez", mosque.place());
        assertEquals(12, best(mosque, FigureKind.KILLED));
        assertEquals(20, best(mosque, FigureKind.INJURED));
        IncidentInput raid = onlyIncident(only("""
                Gunmen Kill 20 Villagers in Northwestern Nigeria

                Gunmen on motorcycles killed at least 20 villagers in an attack on the town of Gusau on Wednesday, residents said.

                The police commissioner for Zamfara State, Ayuba Elkanah, said 11 of the attackers were killed in a gunfight with officers.
                """));
        assertEquals("Gusau", raid.place());
        assertTrue(raid.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 11), raid::toString);
        IncidentInput market = onlyIncident(only("""
                Car Bomb Kills 9 in Iraqi Town

                A car bomb exploded at a busy market in the town of Balad north of Baghdad on Sunday, killing nine people, police said.

                Officials in Salah ad Din province said 25 people were wounded.
                """));
        assertEquals("Balad", market.place());
        assertEquals(25, best(market, FigureKind.INJURED));
    }

    @Test
    void whereABodySitsIsNotWhereTheIncidentHappened() {
        IncidentInput aid = onlyIncident(only("""
                Tributes Pour In for Aid Workers Killed in Afghanistan

                Tributes poured in Monday for two aid workers killed Sunday in Afghanistan when their car was hit by a roadside bomb.

                The British Embassy in Kabul offered condolences to their families.

                The bomb struck the car on a road in the town of Charikar, officials said.
                """));
        assertEquals("Charikar", aid.place());
        IncidentInput convoy = onlyIncident(only("""
                Gunmen Kill 6 Aid Workers in Northeastern Nigeria

                Gunmen killed six aid workers in northeastern Nigeria on Thursday, their organization said.

                The U.S. Consulate in Lagos condemned the killings.

                The workers were ambushed on the outskirts of Maiduguri as they returned from a camp for displaced people.
                """));
        assertEquals("Maiduguri", convoy.place());
        assertEquals(6, best(convoy, FigureKind.KILLED));
        IncidentInput crew = onlyIncident(only("""
                Roadside Bomb Kills 2 Journalists in Iraq

                Two journalists were killed in Iraq on Sunday when a roadside bomb hit their car, their employer said.

                The two worked for a television channel based in Baghdad.

                The bomb struck their car on the main road in the town of Balad, police said.
                """));
        assertEquals("Balad", crew.place());
        assertEquals(2, best(crew, FigureKind.KILLED));
    }
}
