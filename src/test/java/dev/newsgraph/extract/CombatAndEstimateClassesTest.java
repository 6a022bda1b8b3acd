package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On invented copy: fighting told by a verb of combat whose other side is an armed force ("rebels are battling army
 * units", "troops fought the militants"), an incident even without a toll; and a count hedged by a degree word before
 * "less than" ("slightly less than a thousand injured"), an estimate near the figure rather than a ceiling; a boat lost
 * with its passengers ("a ferry capsized", "their boat sank"), whose dead drowned, told even as feared ("it feared 300
 * migrants had drowned").
 */
class CombatAndEstimateClassesTest {

    private final FigureParser parser = new FigureParser();

    @Test
    void aCombatVerbAgainstAnArmedForceIsAClash() {
        for (String copy : new String[]{
                """
                Insurgents Reach the Capital

                Insurgents have pushed into Mali's capital Bamako and are battling government troops near the airport.

                Residents said they heard heavy gunfire through the night.
                """,
                """
                Night of Gunfire in Kismayo

                Government soldiers fought the militants for hours on Sunday in the port city of Kismayo, residents said.

                The city has changed hands several times.
                """}) {
            IncidentInput i = onlyIncident(only(copy));
            assertEquals(IncidentType.ARMED_CLASH, i.type(), copy);
        }
    }

    @Test
    void aContestOfWordsOrAnAimIsNoCombat() {
        for (String copy : new String[]{
                """
                Minister Vows Reform

                The finance minister has battled inflation for two years and fought the opposition over the budget.

                He spoke in Lusaka on Tuesday.
                """,
                """
                Coalition Pledges Support

                The coalition will train forces battling to retake the north of the country, its commander said in Kabul.
                """}) {
            assertTrue(only(copy).incidents().isEmpty(), copy);
        }
    }

    @Test
    void aDegreeWordMakesTheCeilingAnEstimate() {
        assertEquals(List.of(new FigureParser.Figure(FigureKind.KILLED, 85, false, null),
                        new FigureParser.Figure(FigureKind.INJURED, 1000, false, null)),
                parser.figures("The quake left 85 deaths and slightly less than a thousand injured."));
        assertEquals(List.of(new FigureParser.Figure(FigureKind.INJURED, 300, false, null)),
                parser.figures("Just less than 300 people were wounded in the blasts."));
        assertTrue(parser.figures("Fewer than 40 people were hurt, the Red Crescent said.").isEmpty());
    }

    @Test
    void theDrownedAreTheDead() {
        assertEquals(List.of(new FigureParser.Figure(FigureKind.KILLED, 40, true, null)),
                parser.figures("At least 40 people drowned when the boat overturned."));
        assertEquals(List.of(new FigureParser.Figure(FigureKind.KILLED, 300, false, null)),
                parser.figures("Officials fear about 300 refugees from Myanmar had drowned."));
    }

    @Test
    void aBoatLostWithItsPassengersIsADisaster() {
        IncidentInput i = onlyIncident(only("""
                Dozens Missing on Lake Kivu

                At least 27 people drowned when an overloaded ferry capsized near the Congolese town of Goma on Sunday, police said.
                """));
        assertEquals(IncidentType.OTHER, i.type());
        assertEquals("Goma", i.place());
    }

    @Test
    void aTollToldWithFearHasHappened() {
        ArticleInput a = only("""
                Leaders Meet in Dakar

                West African leaders opened a summit in Dakar on Monday to discuss trade.

                Separately, the U.N. migration agency said it feared 150 migrants had drowned in the Atlantic after their boat sank off Mauritania.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> i.type() == IncidentType.OTHER
                && i.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 150)), a.incidents()::toString);
    }
}
