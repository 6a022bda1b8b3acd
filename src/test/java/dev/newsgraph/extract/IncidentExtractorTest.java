package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.best;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classes of incident errors seen on real copy, in invented wire-style copy (not from the seeds or the corpus). */
class IncidentExtractorTest {

    private static final String BOMBING = """
            Car Bomb Kills 12 in Afghan Market

            KABUL (Reuters) - A car bomb killed 12 people and wounded 30 at a crowded market in the city of Ghazni, Afghanistan, on Tuesday, police said.

            The death toll later rose to 15, the provincial health department said.

            In 2019, a similar attack in the city killed 40 people.

            More than 3,000 civilians have been killed in the province since the war began.

            The Taliban threatened to carry out more attacks if foreign troops did not leave.

            The bomb was hidden in a fruit cart, police said.
            """;

    private static final String WARNING = """
            Army Promises Devastating Response

            ISLAMABAD (Reuters) - Pakistan's army on Sunday promised a devastating response if militants attacked its bases in the north.
            """;

    private static List<IncidentInput> incidents(String text) {
        List<ArticleInput> articles = new ArticleExtractor().extract(text, "invented");
        assertEquals(1, articles.size());
        return articles.get(0).incidents();
    }

    @Test
    void backgroundCumulativeAndThreatenedAttacksAreNoIncidents() {
        List<IncidentInput> found = incidents(BOMBING);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).figures().stream().noneMatch(f -> f.value() == 40 || f.value() == 3000), found.toString());
    }

    @Test
    void theIncidentIsAtTheMostSpecificPlaceAndARisingTollKeepsEveryFigure() {
        IncidentInput bombing = incidents(BOMBING).get(0);
        assertEquals("Ghazni", bombing.place());
        assertEquals(15, best(bombing, FigureKind.KILLED));
        assertEquals(30, best(bombing, FigureKind.INJURED));
        assertTrue(bombing.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 12), "the first toll is kept");
    }

    @Test
    void aPromisedResponseToAHypotheticalAttackIsNoIncident() {
        assertEquals(List.of(), incidents(WARNING));
    }

    private static void assertIncident(String copy, String place, int killed, int injured) {
        List<IncidentInput> found = incidents(copy);
        assertEquals(1, found.size(), found.toString());
        assertEquals(place, found.get(0).place());
        assertEquals(killed, best(found.get(0), FigureKind.KILLED));
        assertEquals(injured, best(found.get(0), FigureKind.INJURED));
    }

    @Test
    void aPlaceGivenOnlyInTheDatelineIsTheIncidentsPlace() {
        assertIncident("""
                Car Bomb Kills 8 Outside Hotel in Somali Capital

                MOGADISHU, Somalia (AP) - A car bomb exploded outside a busy hotel on Sunday, killing at least eight people, police said.

                Police officer Abdi Hassan said 12 others were wounded.
                """, "Mogadishu", 8, 12);
    }

    @Test
    void theVillageAttackedIsTheIncidentsPlace() {
        assertIncident("""
                Gunmen Kill 12 Villagers in Northeast Nigeria

                MAIDUGURI, Nigeria (Reuters) - Gunmen attacked the village of Kukawa in Borno state late on Saturday, killing 12 villagers, residents said.

                Two others were wounded, a local official said.
                """, "Kukawa", 12, 2);
    }

    @Test
    void aTownNoGazetteerHasInAppositionToItsDistrictIsTheIncidentsPlace() {
        assertIncident("""
                Bomb Kills Two in Pakistan Market

                PESHAWAR, Pakistan (Reuters) - A bomb went off in Gurbaz Kala, a town in North Waziristan, on Friday, killing two people and wounding nine, officials said.
                """, "Gurbaz Kala", 2, 9);
    }

    @Test
    void figuresInWordsInTheSentenceAfterALeadWithoutThemBelongToItsIncident() {
        assertIncident("""
                Blast at Afghan Mosque

                KABUL (AP) - An explosion ripped through a mosque in Kabul during Friday prayers. Police spokesman Khalid Zadran said seven worshippers were killed and 15 were wounded.
                """, "Kabul", 7, 15);
    }

    /** A headline and lead that total the story's incidents, then each incident with its own toll and place. */
    private static final String TOTAL = """
            Bombings in Syria Kill 20

            Officials say at least 20 people are dead in two bombings in Syria.

            Officials say a suicide bomber killed at least 17 people in the northern town of Manbij on Thursday.

            Elsewhere, police in Damascus say a car bomb killed three people.
            """;

    private static final String APPOSITION = """
            6 Killed in Yemen Suicide Blast

            Officials say at least six people were killed and 22 wounded in a suicide car bombing in the capital, Sanaa.
            """;

    private static final String EVENT_THEN_TOLL = """
            Bomb Kills 5 in Northern Iraq

            A roadside bomb killed five soldiers in the northern city of Kirkuk on Sunday, officials said.

            A series of explosions in the city of Basra targeted a crowded market.

            Police say the blasts killed at least nine people and wounded 30.
            """;

    private static final String NEAR = """
            Bus Bombing Kills 7 in Syria

            A bomb on a bus near the city of Homs killed seven people on Friday, officials said.

            The blast in the town of Palmyra also wounded 12 passengers.
            """;

    @Test
    void aPlaceInAppositionToABarePlaceNounLocatesTheIncident() {
        List<IncidentInput> found = incidents(APPOSITION);
        assertEquals("Sanaa", found.get(0).place(), found.toString());
    }

    @Test
    void aLeadTollThatSumsTheStorysIncidentsIsNoIncidentsOwn() {
        List<IncidentInput> found = incidents(TOTAL);
        assertEquals("Manbij", found.get(0).place(), found.toString());
        assertEquals(17, best(found.get(0), FigureKind.KILLED), found.toString());
    }

    @Test
    void aTollToldAfterItsEventTakesThePlaceTheEventWasIn() {
        List<IncidentInput> found = incidents(EVENT_THEN_TOLL);
        IncidentInput basra = found.stream().filter(i -> List.of("Basra", "Basrah").contains(i.place())).findFirst().orElse(null);
        assertTrue(basra != null && best(basra, FigureKind.KILLED) == 9, found.toString());
        assertEquals(5, best(found.get(0), FigureKind.KILLED), found.toString());
    }

    @Test
    void aPlaceGivenOnlyAsNearTheIncidentGivesWayToThePlaceItHappenedIn() {
        IncidentInput bus = incidents(NEAR).get(0);
        assertEquals("Palmyra", bus.place(), bus.toString());
    }
}
