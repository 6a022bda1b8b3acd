package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.named;
import static dev.newsgraph.extract.InventedCopy.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names that are one place though their words name others, and names beside a place that are none, on invented
 * wire-style copy: a hyphenated country written with a space, a natural region named after a sea or a river, a
 * person's name before a demonym or a capital, and a small town abroad whose name a story of another country uses.
 */
class PlaceCompoundClassesTest {

    @Test
    void aHyphenatedCountryWrittenWithASpaceIsThatCountryNotAnotherOfItsFirstWord() {
        ArticleInput a = InventedCopy.only("""
                Soldiers Mutiny in Guinea Bissau

                Soldiers seized weapons at a barracks in Guinea Bissau on Monday, officials said. Guinea Bissau's \
                president called for calm.
                """);
        assertEquals("GW", named(a, "Guinea-Bissau").countryCode());
        assertTrue(place(a, "Guinea").isEmpty(), a.places()::toString);
    }

    @Test
    void aNaturalRegionNamedAfterASeaOrARiverIsOnePlace() {
        ArticleInput a = InventedCopy.only("""
                Floods Hit Farms in Egypt

                CAIRO — Heavy rain flooded farms in Egypt's fertile Nile Delta on Tuesday, officials said. Trade ministers \
                from across the Atlantic Basin met in Lisbon the same day.
                """);
        assertEquals("EG", named(a, "Nile Delta").countryCode());
        assertNull(named(a, "Atlantic Basin").countryCode());
        assertTrue(place(a, "Nile").isEmpty(), a.places()::toString);
        assertTrue(place(a, "Atlantic Ocean").isEmpty(), a.places()::toString);
    }

    @Test
    void aNameBeforeADemonymOrACapitalIsAPersonNotATown() {
        ArticleInput a = InventedCopy.only("""
                Ministers Meet on Border Dispute

                Talks on the border dispute between Peru and Chile ended on Friday without a deal.
                "We will meet again next month," said Lucia Moreno, Peruvian foreign minister.
                Officials said a second round was planned in Lima.
                Tomas Ferreira, Santiago.
                """);
        assertTrue(place(a, "Lucia Moreno").isEmpty(), a.places()::toString);
        assertTrue(place(a, "Tomas Ferreira").isEmpty(), a.places()::toString);
    }

    @Test
    void aSmallTownOfACountryTheStoryNeverNamesIsATownOfTheStorysCountry() {
        ArticleInput a = InventedCopy.only("""
                Opposition Leader's Home Attacked in Mozambique

                MAPUTO — Gunmen fired on the home of a Mozambique opposition leader in Pinhal Novo, ten kilometers outside \
                the capital, police said on Sunday. Nobody was hurt.
                """);
        assertEquals("MZ", named(a, "Pinhal Novo").countryCode());
        ArticleInput named = InventedCopy.only("""
                Factory Fire in Portugal

                LISBON — A fire destroyed a cork factory in Pinhal Novo on Sunday, firefighters said.
                """);
        assertEquals("PT", named(named, "Pinhal Novo").countryCode());
    }
}
