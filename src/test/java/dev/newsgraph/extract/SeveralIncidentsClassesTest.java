package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stories that tell of several incidents, on invented wire-style copy: "In the same province, ..." is another incident
 * where the first happened, with its own toll; "The clashes began ..." takes the story's incident up again and makes
 * no second one; a crowd crush and a bridge collapse told in one teaser are two disasters with their own tolls; arrests in connection with the attack or in a sweep across the country are its aftermath, no incident.
 */
class SeveralIncidentsClassesTest {

    /**
     * A toll dated to another weekday than the main incident's ("On Wednesday, ...", "last Tuesday") is another
     * incident, placed by its own sentence or by the next one that takes it up ("That bomb went off near X"), even when
     * the main incident's day is only in the sentence after the lead.
     */
    @Test
    void aTollOfAnotherDayIsAnotherIncident() {
        ArticleInput wedding = only("""
                Suicide Bomber Kills 30 at Wedding Party in Northern Syria

                A suicide bomber has attacked a wedding party in northern Syria, killing at least 30 people and wounding 45 in one of the deadliest attacks this year.

                Witnesses say the bomber blew himself up Friday in a village near Manbij, after entering a hall full of guests.

                On Wednesday, at least 12 people were killed and 20 wounded in attacks in Raqqa and Tabqa.
                """);
        assertTollAt(wedding, "Manbij", 30);
        assertTollAt(wedding, "Raqqa", 12);
        ArticleInput mosque = only("""
                Death Toll in Nigerian Mosque Bombing Rises to 40

                Nigerian officials say the death toll from a suicide bombing at a mosque has risen to at least 40, with more than 70 people wounded.

                The bomber blew himself up Friday among worshippers gathered for prayers in the northeastern city of Maiduguri.

                A bomb hit a bus carrying traders last Tuesday, killing at least nine people. That bomb went off near the town of Konduga, south of Maiduguri.
                """);
        assertTollAt(mosque, "Maiduguri", 40);
        assertTollAt(mosque, "Konduga", 9);
        ArticleInput compound = only("""
                Car Bomb Kills 22 in Eastern Afghanistan

                A car bomb exploded outside a government compound in eastern Afghanistan, killing at least 22 people, provincial officials said.

                The bomber struck Tuesday morning in Khost city as employees arrived for work.

                A roadside bomb struck a minibus last Sunday, killing six members of one family. That blast happened near the town of Gardez.
                """);
        assertTollAt(compound, "Gardez", 6);
        assertEquals(22, best(compound.incidents().get(0), FigureKind.KILLED), compound.incidents()::toString);
        ArticleInput patrol = only("""
                Gunmen Kill 7 Police Officers in Southern Mexico

                Gunmen ambushed a police patrol in the southern Mexican state of Guerrero, killing seven officers and wounding three, state officials said.

                The attack took place Sunday on a highway outside Iguala, the officials said.

                Late Friday, four people were shot dead at a bar in Acapulco.
                """);
        assertEquals(7, best(patrol.incidents().get(0), FigureKind.KILLED), patrol.incidents()::toString);
        assertTrue(patrol.incidents().stream().anyMatch(i -> i.place() != null && i.place().startsWith("Acapulco")
                && Integer.valueOf(4).equals(best(i, FigureKind.KILLED))), patrol.incidents()::toString);
    }

    private static void assertTollAt(ArticleInput a, String place, int killed) {
        assertTrue(a.incidents().stream().anyMatch(i -> place.equals(i.place()) && Integer.valueOf(killed).equals(best(i, FigureKind.KILLED))),
                () -> "no incident at " + place + " with " + killed + " killed: " + a.incidents());
    }

    @Test
    void inTheSameProvinceIsAnotherIncidentThere() {
        ArticleInput a = only("""
                Suicide Bomber Kills 6 at Police Post in Mali

                Officials in Mali say a suicide bomber has killed six police officers at a checkpoint in the center of the country.

                They say the attack in Mopti Province also wounded a passer-by.

                In the same province, a French soldier was killed when his vehicle struck a mine.
                """);
        List<IncidentInput> inMopti = a.incidents().stream().filter(i -> "Mopti Province".equals(i.place())).toList();
        assertEquals(2, inMopti.size(), a.incidents()::toString);
        assertTrue(inMopti.stream().anyMatch(i -> Integer.valueOf(6).equals(best(i, FigureKind.KILLED))), inMopti::toString);
        assertTrue(inMopti.stream().anyMatch(i -> Integer.valueOf(1).equals(best(i, FigureKind.KILLED))), inMopti::toString);
    }

    @Test
    void theClashesTakenUpAreTheStorysClashes() {
        ArticleInput a = only("""
                Soldiers and Police Clash in Mali's Capital

                Heavy fighting between soldiers and police in the Malian capital of Bamako has killed at least seven people and injured another twelve.

                The clashes began yesterday in the Kalaban Coura district when a dispute started between the police and the army.

                Witnesses said the fighting stopped after several hours.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        IncidentInput clash = a.incidents().get(0);
        assertEquals(7, best(clash, FigureKind.KILLED));
        assertEquals(12, best(clash, FigureKind.INJURED));
    }

    @Test
    void arrestsAfterTheAttackAreNoIncidentOfTheirOwn() {
        ArticleInput a = only("""
                Car Bomb Kills 12 at Market in Northern Mali

                A car bomb exploded at a crowded market in the northern Malian town of Gao on Sunday, killing at least 12 people and wounding 30 others, officials said.

                Security forces detained at least 15 people in connection with the bombing.

                The army said its troops also arrested eight suspected militants in operations across central and northern parts of the country.
                """);
        assertTrue(a.incidents().stream().noneMatch(i -> i.type() == dev.newsgraph.domain.IncidentType.ARREST), a.incidents()::toString);
        assertEquals(12, best(a.incidents().get(0), FigureKind.KILLED));
    }

    @Test
    void aCrowdCrushAndABridgeCollapseAreDisastersWithTheirOwnTolls() {
        ArticleInput a = only("""
                Mali Mourns Crowd Crush Victims, Niger Looks into Bridge Collapse

                Mali and Niger are mourning after weekend disasters that left dozens of people dead. On Saturday, more than 40 people were crushed to death at a crowded festival in Bamako. The next day, a bridge collapse in Niger killed at least 17 people.
                """);
        IncidentInput crush = a.incidents().get(0);
        assertEquals("Bamako", crush.place(), a.incidents()::toString);
        assertEquals(dev.newsgraph.domain.IncidentType.OTHER, crush.type());
        assertEquals(40, best(crush, FigureKind.KILLED));
        assertTrue(a.incidents().stream().anyMatch(i -> "Niger".equals(i.place()) && Integer.valueOf(17).equals(best(i, FigureKind.KILLED))),
                a.incidents()::toString);
    }
}
