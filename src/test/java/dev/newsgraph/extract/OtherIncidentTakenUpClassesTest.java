package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A story that tells a second incident in one sentence with only a coarse place ("Separately, an air strike killed six
 * fighters in northern Syria", "In another attack, gunmen killed three police officers in southern Afghanistan",
 * "Earlier Monday, a drone strike killed seven militants in the country's north") and then takes it up in the next
 * sentence without a toll ("The strike hit a farmhouse near the town of X", "Army officials say the drones fired two
 * missiles at a camp near X"): that sentence places the second incident, its weapons are that incident's and no attack
 * of their own, and its place is not the main incident's.
 */
class OtherIncidentTakenUpClassesTest {

    @Test
    void theSentenceTakingASecondIncidentUpPlacesIt() {
        ArticleInput syria = only("""
                Gunmen Kill 5 at Market in Nigeria's Kaduna

                Gunmen on motorcycles attacked a market in the northern Nigerian city of Kaduna on Tuesday, killing five traders, police said.

                Separately, an air strike killed six fighters in northern Syria on Tuesday.

                The strike hit a farmhouse near the town of Sarmada, in Idlib province, monitors said.
                """);
        assertTollAt(syria, "Kaduna", 5);
        assertTollAt(syria, "Sarmada", 6);
        ArticleInput helmand = only("""
                Suicide Bomber Kills 9 in Kabul

                A suicide bomber blew himself up outside a ministry in Kabul on Sunday, killing nine people, officials said.

                In another attack, gunmen killed three police officers in southern Afghanistan.

                The attack took place in the Nad Ali district of Helmand province, a provincial spokesman said.
                """);
        assertTollAt(helmand, "Kabul", 9);
        assertTollAt(helmand, "Nad Ali", 3);
        assertEquals(2, helmand.incidents().size(), helmand.incidents()::toString);
    }

    @Test
    void weaponsFiredInTheIncidentJustToldAreNoAttackOfTheirOwn() {
        ArticleInput mali = only("""
                Roadside Bomb Kills 4 Peacekeepers in Mali

                A roadside bomb struck a convoy of U.N. peacekeepers near the central town of Douentza on Monday, killing four of them, the U.N. mission said.

                Earlier Monday, a drone strike killed at least seven suspected militants in the country's north.

                Army officials say the drones fired two missiles at a camp near the town of Kidal.
                """);
        assertTollAt(mali, "Douentza", 4);
        assertTollAt(mali, "Kidal", 7);
        assertEquals(2, mali.incidents().size(), mali.incidents()::toString);
        ArticleInput somalia = only("""
                Bomb Blast Kills 6 in Mogadishu

                A car bomb exploded near a checkpoint in Mogadishu on Thursday, killing six people, police said.

                Hours later, a U.S. air strike killed 12 al-Shabab fighters in southern Somalia, the U.S. military said.

                The aircraft fired three guided missiles at a training camp near the town of Jilib, the statement said.
                """);
        assertTollAt(somalia, "Mogadishu", 6);
        assertTollAt(somalia, "Jilib", 12);
        assertEquals(2, somalia.incidents().size(), somalia.incidents()::toString);
    }

    private static void assertTollAt(ArticleInput a, String place, int killed) {
        // the place as the copy names it, which the gazetteer may spell otherwise ("Nad Ali", GeoNames' "Nād ‘Alī")
        String named = a.places().stream().filter(p -> p.aliases().contains(place)).map(p -> p.name()).findFirst().orElse(place);
        assertTrue(a.incidents().stream().anyMatch(i -> named.equals(i.place()) && Integer.valueOf(killed).equals(best(i, FigureKind.KILLED))),
                () -> "no incident at " + place + " with " + killed + " killed: " + a.incidents());
    }
}
