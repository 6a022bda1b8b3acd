package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes of incident copy on invented variants: a past event dated by a year that modifies its noun ("Rwanda's 1994
 * genocide", "the disputed 2005 elections") is background; a later sentence that takes the lead's incident up (as the
 * subject of a toll, or as what a doubt about the cause is about) says where it happened; a village of the story places
 * an incident the lead put only in a provincial district.
 */
class IncidentTakeUpClassesTest {

    /** A year before the noun it dates, after a possessive or an adjective: the toll of that year's event is background. */
    @Test
    void aYearModifyingItsNounMarksBackground() {
        assertNoIncident(only("""
                Guatemala Court Reopens Case Against Former Generals

                A court in Guatemala City on Monday reopened the trial of two former generals.

                Relatives of the victims gathered outside the courthouse.

                Lawyers for the defence asked for more time.

                The generals are accused of planning Guatemala's 1982 massacres in which soldiers killed more than 1,700 villagers.
                """));
        assertNoIncident(only("""
                Kenyans Vote in Calm Presidential Election

                Kenyans voted on Tuesday in a presidential election that observers described as calm and orderly.

                The vote was peaceful, in contrast to the disputed 2007 elections, which led to clashes that left more than 1,100 people dead.
                """));
    }

    /**
     * "It was not clear whether a mine or a rocket caused the deadly blast Sunday in X, a village": the blast happened
     * there, a village no gazetteer lists.
     */
    @Test
    void aDoubtAboutTheCauseStillPlacesTheIncident() {
        assertPlace(only("""
                Blast Kills 8 Civilians in Southern Somalia

                Witnesses in southern Somalia say an explosion killed at least eight civilians, most of them traders.

                It was not immediately clear whether a roadside bomb or a mortar round caused the deadly blast Monday in Ruqbat Dera, a farming village.
                """), "Ruqbat Dera");
        assertPlace(only("""
                Explosion Kills 6 in Northern Mali

                Residents in northern Mali say an explosion killed six people at a market.

                Officials did not say whether a suicide bomber or a hidden device caused the explosion Friday in Tin Adarak, a village near the border.
                """), "Tin Adarak");
    }

    /** "Officials said Monday's bombing in X killed eight policemen and a driver": the lead's incident, placed; 8 is a part of 9. */
    @Test
    void aTollSentenceTakingTheLeadUpPlacesIt() {
        IncidentInput bombing = onlyIncident(only("""
                Nine Dead in Attack on Nigerian Police Patrol

                Nigerian officials say at least nine people have died in an attack on a police patrol on its way to guard a market.

                Officials said Monday's bombing in Maiduguri killed eight policemen and a driver.
                """));
        assertEquals("Maiduguri", bombing.place());
        assertEquals(List.of(9), killed(bombing));
        IncidentInput blast = onlyIncident(only("""
                Seven Killed in Attack on Iraqi Army Convoy

                Iraqi officials say at least seven soldiers were killed in an attack on an army convoy.

                Police said the blast near Kirkuk killed six soldiers and an interpreter.
                """));
        assertEquals("Kirkuk", blast.place());
        assertEquals(List.of(7), killed(blast));
    }

    /** A district of a province holds villages: "the village of X" places the strike the lead put in the district. */
    @Test
    void aVillagePlacesAnIncidentLedInAProvincialDistrict() {
        assertPlace(only("""
                Missile Strike Kills 7 Militants in Pakistan

                Pakistani officials say a missile strike killed at least seven militants in North Waziristan on Sunday.

                The strike targeted a compound in the village of Zarmalam Kot.
                """), "Zarmalam Kot");
    }

    private static List<Integer> killed(IncidentInput i) {
        return i.figures().stream().filter(f -> f.kind() == FigureKind.KILLED).map(FigureInput::value).toList();
    }

    private static IncidentInput onlyIncident(ArticleInput a) {
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        return a.incidents().get(0);
    }

    private static void assertPlace(ArticleInput a, String place) {
        assertTrue(a.incidents().stream().anyMatch(i -> place.equals(i.place())), () -> "no incident at " + place + ": " + a.incidents());
    }

    private static void assertNoIncident(ArticleInput a) {
        assertTrue(a.incidents().isEmpty(), a.incidents()::toString);
    }
}
