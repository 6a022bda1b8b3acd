package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where wire pages put the incident in their opening, on invented copy: a photo caption pasted above the lead, dated
 * by day and year inside it ("... in Kano on March 3, 2021, where ...", "in a photo posted May 17, 2016"), shows a scene of the story (a morgue, an
 * evacuation, a funeral) and is neither the lead nor where the incident happened; a report of deaths counted "since a"
 * past report is background.
 */
class IncidentOpeningClassesTest {

    @Test
    void aCaptionAboveTheLeadIsNotWhereTheIncidentHappened() {
        IncidentInput storm = onlyIncident(only("""
                Tropical Storm Kills at Least 45 in Philippines

                Rescue workers carry an elderly woman through floodwaters in Cotabato on Oct. 29, 2022, as the tropical storm lashed the region.

                A tropical storm killed at least 45 people on the central island of Leyte on Saturday, officials said.
                """));
        assertEquals("Leyte", storm.place());
        assertEquals(45, best(storm, FigureKind.KILLED));
        IncidentInput raid = onlyIncident(only("""
                Gunmen Kill 20 Villagers in Northwestern Nigeria

                Relatives of victims of the attack wait outside the morgue of the general hospital in Kano on March 3, 2021, where the wounded were taken.

                Gunmen on motorcycles killed at least 20 villagers in an attack on the town of Gusau, police said on Wednesday.
                """));
        assertEquals("Gusau", raid.place());
        assertEquals(20, best(raid, FigureKind.KILLED));
        IncidentInput blast = onlyIncident(only("""
                Bomb Kills 9 at Market in Northern Iraq

                Mourners carry the coffin of a victim of the bombing during a funeral in Baghdad, Iraq, on June 12, 2019.

                A bomb hidden in a vegetable cart exploded at a crowded market in northern Iraq on Tuesday, killing nine people and wounding 30, police said.

                The blast hit the main market of the city of Kirkuk as shoppers gathered before the holiday.
                """));
        assertEquals("Kirkuk", blast.place());
        assertEquals(9, best(blast, FigureKind.KILLED));
        IncidentInput crew = onlyIncident(only("""
                Tributes Pour In for Journalists Killed in Afghan Ambush

                Photographer John Example is seen on assignment in Kabul in a photo posted May 17, 2016, by a colleague.

                Tributes poured in Monday for two journalists killed Sunday in Afghanistan when their vehicle came under fire.

                Ghani condemned the attack as cowardly.

                The journalists were killed while riding with soldiers near an army base in the town of Charikar.
                """));
        assertEquals("Charikar", crew.place());
    }

    @Test
    void deathsReportedSinceAnEarlierReportAreBackground() {
        ArticleInput a = only("""
                Two Soldiers Killed in Attack in Central Mali

                Two soldiers were killed when suspected jihadists attacked an army post in the central town of Bandiagara on Sunday, the army said.

                The deaths are the first announced by the army since a January 5 report of six deaths during clashes in November and December.
                """);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        assertEquals(2, best(a.incidents().get(0), FigureKind.KILLED));
        assertTrue(a.incidents().get(0).figures().stream().noneMatch(f -> f.value() == 6), a.incidents()::toString);
    }
}
