package dev.newsgraph.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.newsgraph.extract.InventedCopy.best;
import static dev.newsgraph.extract.InventedCopy.named;
import static dev.newsgraph.extract.InventedCopy.onlyIncident;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.place;

/**
 * An incident the lead puts only in a country or a province, whose sentence, or one taking it up, names the town or
 * village no gazetteer lists ("claimed the attack in Xilembe", "the ambush near Korvandi"): the incident takes that town,
 * declared in the country (and province) the story put it in, rather than the country; a name that is a month, a
 * weekday, a declared person or a body is no such town, nor one named where no incident word comes before it.
 */
class UnlistedIncidentPlaceClassesTest {

    @Test
    void theAttackTakenUpInAnUnlistedTownIsThere() {
        ArticleInput a = only("""
                Rebels Kill 12 Soldiers in Chad

                Rebels have attacked an army post in eastern Chad, killing 12 soldiers, officials said.

                A rebel spokesman claimed the attack in Kourbanoudji on the group's website Saturday.
                """);
        IncidentInput attack = onlyIncident(a);
        assertEquals("Kourbanoudji", attack.place(), a.incidents()::toString);
        assertEquals(12, best(attack, FigureKind.KILLED));
        PlaceInput town = named(a, "Kourbanoudji");
        assertEquals("TD", town.countryCode());
    }

    @Test
    void anAmbushNearAnUnlistedVillageInAProvinceIsThereWithTheProvinceAsParent() {
        ArticleInput a = only("""
                Convoy Ambushed in Afghanistan

                Taliban insurgents ambushed a police convoy in Helmand province on Tuesday, killing seven officers.

                The ambush near Sardabagh, a farming village, lasted two hours, a provincial spokesman said.
                """);
        IncidentInput ambush = onlyIncident(a);
        assertEquals("Sardabagh", ambush.place(), a.incidents()::toString);
        assertEquals("Helmand", named(a, "Sardabagh").parent());
    }

    @Test
    void aNameAfterAPrepositionWithNoIncidentWordBeforeItIsNoPlaceOfTheIncident() {
        ArticleInput a = only("""
                Bomb Kills Four in Peru

                A roadside bomb killed four soldiers in southern Peru on Monday, the army said.

                The soldiers had served in Vraem for two years, their commander said.
                """);
        IncidentInput bomb = onlyIncident(a);
        assertTrue(bomb.place().equals("Peru"), a.incidents()::toString);
        assertTrue(place(a, "Vraem").isEmpty(), a.places()::toString);
    }

    @Test
    void aMonthOrAPersonAfterThePrepositionIsNoTown() {
        ArticleInput a = only("""
                Gunmen Kill Five in Mexico

                Gunmen killed five people in western Mexico on Sunday, police said.

                The attack in December was the third this year, Governor Alfredo Ramirez said.
                """);
        IncidentInput attack = onlyIncident(a);
        assertEquals("Mexico", attack.place(), a.incidents()::toString);
    }
}
