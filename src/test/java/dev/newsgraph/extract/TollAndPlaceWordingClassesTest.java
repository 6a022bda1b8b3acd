package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Toll wording and incident places on invented wire-style copy: "left" gives a toll only with the state it left the
 * victims in ("left 16 dead", "leaving 20 wounded", "leaving 300,000 people homeless" are displaced; "left 40,000 homes
 * without water" counts nobody); a toll in a clause that dates the incident weeks after another ("a week after 50
 * people were killed") is that earlier incident's, background; a title-case headline's "Near" gives a landmark, so the
 * town the story puts the incident in wins; a correspondent's line ("X reports from northern Iraq") between an incident
 * and the sentence that says where it happened leaves that incident open to it.
 */
class TollAndPlaceWordingClassesTest {

    private final FigureParser parser = new FigureParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The quake cut roads in half and left about 40,000 homes without water.",
            "The storm left nearly 2 million people without power across the region.",
            "The war has left 25 million people in need of aid.",
    })
    void leftWithoutADeadlyStateCountsNoVictims(String sentence) {
        List<FigureParser.Figure> figs = parser.figures(sentence);
        assertTrue(figs.stream().noneMatch(f -> f.kind() == FigureKind.KILLED || f.kind() == FigureKind.INJURED), figs::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The ambush left 15 security personnel dead.|KILLED|15",
            "The clashes left at least three people dead and dozens wounded.|KILLED|3",
            "The blast tore through the market, leaving 12 shoppers injured.|INJURED|12",
            "The floods destroyed two villages, leaving some 40,000 people homeless.|DISPLACED|40000",
    })
    void leftWithAStateCountsThoseInIt(String sentence, FigureKind kind, int value) {
        List<FigureParser.Figure> figs = parser.figures(sentence);
        assertTrue(figs.stream().anyMatch(f -> f.kind() == kind && f.value() == value), figs::toString);
        assertTrue(figs.stream().noneMatch(f -> f.kind() != kind && f.value() == value), figs::toString);
    }

    @Test
    void aTollOfAnIncidentWeeksBeforeIsBackground() {
        ArticleInput a = only("""
                Cyclone Kills Six in Southern Madagascar

                A cyclone killed at least six people as it struck the southern coast of Madagascar on Monday, officials said.

                Cyclone Fara hit the island two weeks after Cyclone Belna swept the same coast, killing 31 people.

                Rescue teams were searching for missing fishermen.
                """);
        IncidentInput storm = onlyIncident(a);
        assertEquals(6, best(storm, FigureKind.KILLED));
        assertTrue(storm.figures().stream().noneMatch(f -> f.value() == 31), storm::toString);
    }

    @Test
    void aTitleCaseHeadlineNearALandmarkGivesWayToTheTownOfTheStory() {
        ArticleInput a = only("""
                Blast Near Baghdad Wounds Nine

                A bomb has hit a busy market town, wounding at least nine people. It is the fifth bombing in or near a market area of Iraq this month. Police say the bomb exploded Monday in a parking lot in the town of Baqubah, to the northeast of the Iraqi capital Baghdad.
                """);
        IncidentInput blast = onlyIncident(a);
        assertEquals("Baqubah", blast.place(), a.incidents()::toString);
        assertEquals(9, best(blast, FigureKind.INJURED));
    }

    @Test
    void aCorrespondentsLineLeavesTheIncidentToldBeforeOpenToWhereItHappened() {
        ArticleInput a = only("""
                Car Bomb in Kabul Kills 6, Wounds 20

                Afghan officials say a Kabul car bomb has killed six people and wounded 20 more. And NATO is investigating an air strike that killed nine civilians on Tuesday. VOA's John Example reports from eastern Afghanistan.

                NATO says the air strike targeted Taliban commanders in the Chapa Dara district, northeast of the capital, acting on intelligence reports.
                """);
        IncidentInput strike = a.incidents().stream().filter(i -> best(i, FigureKind.KILLED) != null && best(i, FigureKind.KILLED) == 9)
                .findFirst().orElseThrow(() -> new AssertionError(a.incidents().toString()));
        assertEquals("Chapa Dara", strike.place(), a.incidents()::toString);
        assertNull(a.incidents().stream().filter(i -> i != strike && "Chapa Dara".equals(i.place())).findFirst().orElse(null));
    }
}
