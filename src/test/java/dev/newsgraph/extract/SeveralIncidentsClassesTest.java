package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.IncidentInput;
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
