package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;
import java.util.List;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disasters as wire copy tells them, on invented copy: a toll that went past a mark ("has passed 20,000"), a toll
 * sentence with a decimal magnitude in it, a wiki page whose map caption comes before the lead, a traveller's
 * destination named beside the disaster, an earlier disaster of the year named for comparison; and a story's turn to
 * another incident without a toll ("Meanwhile, ... a roadside bomb damaged a vehicle near X").
 */
class DisasterIncidentClassesTest {

    private final FigureParser parser = new FigureParser();

    @Test
    void aTollPastAMarkIsALowerBound() {
        for (String sentence : new String[]{
                "The death toll from the quake has exceeded 350, officials said.",
                "The number of dead has topped 90 and rescuers fear it will rise.",
                "The toll from the floods in the south has surpassed 1,200.",
                "The number of people killed has passed 40."}) {
            FigureParser.Figure f = parser.figures(sentence).stream().filter(x -> x.kind() == FigureKind.KILLED).findFirst()
                    .orElseThrow(() -> new AssertionError(sentence));
            assertTrue(f.atLeast(), sentence);
        }
    }

    @Test
    void aDecimalMagnitudeDoesNotEndTheTollSentence() {
        assertEquals(List.of(new FigureParser.Figure(FigureKind.KILLED, 640, true, null)),
                parser.figures("The death toll from the 6.9 magnitude earthquake has passed 640."));
        assertEquals(List.of(new FigureParser.Figure(FigureKind.KILLED, 31, false, null)),
                parser.figures("The death toll from Monday's 5.8-magnitude tremor rose to 31."));
    }

    @Test
    void theTollOfARescueStoryIsTheQuakes() {
        ArticleInput a = only("""
                Rescuers Race to Reach Survivors After Ecuador Earthquake

                Search teams are working through the night in coastal Ecuador for survivors of Saturday's 7.8 magnitude earthquake.

                The number of dead reported has exceeded 270 and officials expect it to rise.

                Rescuers pulled a man from a collapsed hotel in the town of Pedernales after two days.
                """);
        IncidentInput i = onlyIncident(a);
        assertEquals(IncidentType.OTHER, i.type());
        assertEquals(Integer.valueOf(270), best(i, FigureKind.KILLED));
    }

    @Test
    void aMapCaptionBeforeTheLeadIsNoLead() {
        ArticleInput a = only("""
                Wikinews Shorts: May 3, 2011

                A compilation of brief news reports for Tuesday, May 3, 2011.

                Earthquake shakes Fiji

                A map showing the location of the earthquake.

                An earthquake with a magnitude of 6.1 has hit Fiji and nearby islands. There were no reports of damage.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> "Fiji".equals(i.place()) && i.type() == IncidentType.OTHER),
                a.incidents()::toString);
    }

    @Test
    void aTravellersDestinationIsNotWhereTheQuakeStruck() {
        ArticleInput a = only("""
                Chilean Author Safe After Earthquake

                Friends say the novelist Ana Morales is safe in Chile after a strong earthquake struck the country on Monday.

                She had left Santiago by bus on Monday and was expected to arrive in Valparaiso on Tuesday.
                """);
        assertEquals("Chile", onlyIncident(a).place());
    }

    @Test
    void anEarlierQuakeOfTheYearIsNoTollOfThisOne() {
        ArticleInput a = only("""
                Quake Injures 14 in Southern Peru

                An earthquake struck the southern Peruvian region of Arequipa on Sunday, injuring 14 people, officials said.

                Earlier this year, central Peru suffered a 6.1 magnitude earthquake causing nine deaths.
                """);
        IncidentInput i = a.incidents().get(0);
        assertEquals(Integer.valueOf(14), best(i, FigureKind.INJURED));
        assertTrue(i.figures().stream().noneMatch(f -> f.kind() == FigureKind.KILLED), i::toString);
    }

    @Test
    void anotherStoryTurnedToWithoutATollIsAnIncidentWhereItSays() {
        ArticleInput a = only("""
                Truck Bomb Kills 31 in Northern Syrian Town

                A truck bomb exploded at a crowded market in the Syrian town of Azaz on Sunday, killing at least 31 people, officials said.

                Meanwhile, the Turkish military says a roadside bomb damaged an armored vehicle near the town of Jarabulus.

                Elsewhere, thousands of people protested in the city of Idlib against the rising price of bread.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> i.place() != null && i.place().startsWith("Jar")
                && i.type() == IncidentType.BOMBING), a.incidents()::toString);
        assertTrue(a.incidents().stream().noneMatch(i -> "Idlib".equals(i.place())), a.incidents()::toString);
    }
}
