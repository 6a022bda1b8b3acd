package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What wire copy tells as an incident without a toll, on invented copy: gangs or a mob looting, ransacking or torching
 * a building is an attack on property, at the place the lead or the dateline gives, with nobody counted hurt when the
 * copy says "no one was hurt".
 */
class IncidentKindClassesTest {

    @Test
    void lootingRansackingOrTorchingABuildingIsAnIncident() {
        IncidentInput library = onlyIncident("""
                Haiti gangs loot national library, director says

                Port-au-Prince, Haiti — Haiti's National Library was looted Wednesday by armed gangs terrorizing the Caribbean nation's capital, its director told AFP.

                "They took the furniture and the generator," he said.
                """);
        assertEquals("Port-au-Prince", library.place());
        IncidentInput station = onlyIncident("""
                Mob Ransacks Police Station in Southern Nigeria

                An angry mob ransacked and set fire to a police station in the southern Nigerian city of Warri on Saturday, police said.

                No one was hurt, a police spokesman said.
                """);
        assertEquals("Warri", station.place());
        assertNull(best(station, FigureKind.INJURED), station::toString);
        IncidentInput market = onlyIncident("""
                Gunmen Torch Market in Central Mali

                Armed men set fire to a weekly market in the central Malian town of Djenne on Thursday, burning dozens of stalls, local officials said.
                """);
        assertTrue(market.place().startsWith("Dj"), market::toString);
        IncidentInput church = onlyIncident("""
                Church Torched in Eastern Congo Village

                GOMA, Congo — Militiamen torched a church and looted homes in the village of Kanyabayonga in North Kivu province overnight, a local official said Tuesday.
                """);
        assertEquals("Kanyabayonga", church.place());
    }

    private static IncidentInput onlyIncident(String copy) {
        ArticleInput a = only(copy);
        assertEquals(1, a.incidents().size(), a.incidents()::toString);
        return a.incidents().get(0);
    }
}
