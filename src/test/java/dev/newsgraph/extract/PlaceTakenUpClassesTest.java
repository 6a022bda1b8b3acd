package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A name no gazetteer tier is asked for, which the attack was "on" and the sentence then takes up as "the town" or "the
 * district" ("struck on X, storming the town", "an assault on X ... in parts of the district"): that town or district,
 * and the incident's place; a person's name the attack was on is no place.
 */
class PlaceTakenUpClassesTest {

    private static PlaceInput named(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " in " + a.places()));
    }

    @Test
    void aNameTheAttackWasOnAndTheSentenceTakesUpAsATownIsThatTown() {
        ArticleInput a = InventedCopy.only("""
                Militants Raid Town in Mali

                Officials in Mali said fighters struck before dawn Monday on Tonka, storming the town. Five soldiers were killed, officials said.
                """);
        assertEquals(PlaceKind.CITY, named(a, "Tonka").kind());
        assertEquals("ML", named(a, "Tonka").countryCode());
        assertEquals("Tonka", InventedCopy.onlyIncident(a).place());
    }

    @Test
    void aNameTheAssaultWasOnAndTheSentenceTakesUpAsADistrictIsThatDistrict() {
        ArticleInput a = InventedCopy.only("""
                Taliban Overrun Another District

                Taliban fighters staged an assault on Kajaki overnight and fighting was continuing in parts of the district, a provincial spokesman in Helmand province said.
                """);
        assertEquals(PlaceKind.DISTRICT, named(a, "Kajaki").kind());
        assertEquals("Kajaki", InventedCopy.onlyIncident(a).place());
    }

    @Test
    void aPersonTheAttackWasOnIsNoPlace() {
        ArticleInput a = InventedCopy.only("""
                Governor Survives Ambush in Afghanistan

                Gunmen launched an attack on Karimi's convoy outside the town of Pul-e Alam on Monday, officials in Afghanistan said.
                """);
        assertTrue(a.places().stream().noneMatch(p -> p.name().startsWith("Karimi")), a.places()::toString);
    }
}
