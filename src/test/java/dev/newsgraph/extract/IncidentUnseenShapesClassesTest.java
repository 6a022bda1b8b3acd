package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes of incident copy that unseen wire copy held and the extractor missed, on invented copy: a count in a
 * relative clause, a border as a landmark, a place named inside another of its rank, a past event dated by its year or an epidemic's toll as background, storms as disasters, and the toll's own
 * sentence placing a storm where the dead were.
 */
class IncidentUnseenShapesClassesTest {

    private final FigureParser parser = new FigureParser();

    /** "many of the 870 people who were injured": the count of a relative clause. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Field hospitals were set up to treat many of the 870 people who were injured.|INJURED|870",
            "Doctors said most of the 42 people who were wounded had been discharged.|INJURED|42",
            "Relatives gathered to bury the 19 miners who were killed in the collapse.|KILLED|19",
            "The 11 passengers who were hurt were taken to a hospital in the city.|INJURED|11"})
    void aCountInARelativeClause(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figures = parser.figures(sentence);
        assertTrue(figures.stream().anyMatch(f -> f.kind() == kind && f.value() == value), () -> sentence + " -> " + figures);
    }

    /** "near the Afghan border": a line between two countries is no place of the incident; the next sentence says where. */
    @Test
    void aBorderIsALandmarkNotThePlace() {
        assertPlaceNot(only("""
                Pakistan: Drone Strike Kills 4 Militants

                Pakistani officials say a drone fired missiles at a compound in the northwest tribal region near the Afghan border, killing at least four suspected militants.

                The officials said the strike happened Friday in North Waziristan.
                """), "Afghanistan", "North Waziristan");
        assertPlaceNot(only("""
                Shelling Kills 3 in Southern Turkey

                Shells fired from across the Syrian border killed three people on Tuesday, Turkish officials said.

                The shells hit a school in the border town of Kilis, officials said.
                """), "Syria", "Kilis");
        assertPlaceNot(only("""
                Gunmen Kill 5 Soldiers in Eastern Chad

                Gunmen killed five soldiers at an army post near the Sudanese frontier on Sunday, the army said.

                The attack took place outside the town of Adre, the army said.
                """), "Sudan", "Adré");
    }

    /** "the Datta Khel area of North Waziristan": of two places the text puts one inside the other, the inner one. */
    @Test
    void aPlaceNamedInsideAnotherOfItsRank() {
        ArticleInput a = only("""
                Drone Strike Kills 6 in Pakistan

                A U.S. drone fired missiles at a vehicle in Pakistan's tribal region, killing at least six suspected militants, officials said.

                The officials said the strike happened Thursday in the Datta Khel area of North Waziristan.
                """);
        assertTrue(a.incidents().stream().anyMatch(i -> "Datta Khel".equals(i.place())), a.incidents()::toString);
    }

    /** "the 2011 famine that killed 250,000", a cholera outbreak's toll: background, no incident. */
    @Test
    void aPastEventDatedByItsYearAndAnEpidemicAreNoIncidents() {
        assertNoIncident(only("""
                US Announces New Aid for Sudan

                The United States announced on Friday $300 million in new aid for Sudan, where a year of war has left millions in need.

                The aid chief said the situation could become as bad as the 2011 famine in Somalia that killed around 250,000 people.
                """));
        assertNoIncident(only("""
                Indonesia Marks Tsunami Anniversary

                Thousands gathered in Aceh on Sunday to pray for the victims, officials said.

                The 2004 tsunami killed more than 160,000 people in the province of Aceh alone.
                """));
        assertNoIncident(only("""
                Zambia Declares End of Cholera Outbreak

                Zambia has declared the end of its worst cholera outbreak, which began in October 2023 and killed more than 700 people.

                The health ministry said no new cases had been recorded in four weeks.
                """));
        assertNoIncident(only("""
                Ebola Epidemic Over, Health Officials Say

                Health officials in Guinea declared the end of the Ebola epidemic that killed more than 2,500 people in the country.

                The World Health Organization said the country had gone 42 days without a new case.
                """));
    }

    /** Storms and tornadoes are disasters with a place and a toll; the sentence that gives the toll says where the dead were. */
    @Test
    void stormsAreDisastersPlacedWhereTheDeadWere() {
        IncidentInput storm = incidentAt(only("""
                At least 5 dead in Texas after severe weather sweeps across the state

                Powerful storms across Texas and Oklahoma obliterated homes and struck a highway travel center on Sunday.

                A sheriff said at least five people were dead in one rural community in Texas.

                The storms included a tornado that overturned trucks and shut down an interstate near Dallas.

                The sheriff of Cooke County said the five dead included three family members who were found in one home near Valley View.
                """), "Valley View");
        assertTrue(storm.type() == IncidentType.OTHER && Integer.valueOf(5).equals(best(storm, FigureKind.KILLED)), storm::toString);
        IncidentInput tornado = incidentAt(only("""
                Tornado Kills 3 in Kentucky

                A tornado tore through western Kentucky late Friday, destroying dozens of homes, officials said.

                Three people were killed in the town of Mayfield, the governor said.
                """), "Mayfield");
        assertTrue(tornado.type() == IncidentType.OTHER && Integer.valueOf(3).equals(best(tornado, FigureKind.KILLED)), tornado::toString);
    }

    private static IncidentInput incidentAt(ArticleInput a, String place) {
        return a.incidents().stream().filter(i -> place.equals(i.place())).findFirst()
                .orElseThrow(() -> new AssertionError("no incident at " + place + ": " + a.incidents()));
    }

    private static void assertPlaceNot(ArticleInput a, String wrong, String right) {
        assertTrue(a.incidents().stream().noneMatch(i -> wrong.equals(i.place())), () -> "an incident at " + wrong + ": " + a.incidents());
        assertTrue(a.incidents().stream().anyMatch(i -> right.equals(i.place())), () -> "no incident at " + right + ": " + a.incidents());
    }

    private static void assertNoIncident(ArticleInput a) {
        assertTrue(a.incidents().isEmpty(), a.incidents()::toString);
    }
}
