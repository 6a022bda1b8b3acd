package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.named;
import static dev.newsgraph.extract.InventedCopy.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places that only the shape of the text names, on invented wire-style copy: a name in brackets after its kind word, a
 * resort named with "of", a list of names closed by "areas", a country of two words before "-based", and a named valley
 * that is one place, not a town and a place "Valley".
 */
class PlaceNamedByShapeClassesTest {

    @Test
    void aNameInBracketsAfterAKindWordIsThatPlace() {
        ArticleInput a = InventedCopy.only("""
                Herders and Militia Clash in Niger

                NIAMEY — Fighting between herders and a militia broke out on Monday in a remote village (Kourtaga) in \
                Niger's western Tillaberi region, officials said. Seven people were killed.
                """);
        assertEquals("NE", named(a, "Kourtaga").countryCode());
    }

    @Test
    void aResortNamedWithOfIsATown() {
        ArticleInput a = InventedCopy.only("""
                Protesters Clash With Police in Croatia

                ZAGREB — Protesters clashed with police outside the holiday resort of Tribunj on Saturday, where European \
                ministers were meeting.
                """);
        assertEquals("HR", named(a, "Tribunj").countryCode());
    }

    @Test
    void namesClosedByAreasBesideADivisionAreDistrictsOfItsCountry() {
        ArticleInput a = InventedCopy.only("""
                Grenade Attack in Mozambique

                BEIRA — Police said the blast hit a bar in the port city. Residents of the neighbouring Chidondo and Manica \
                areas fled their homes.
                """);
        assertEquals("MZ", named(a, "Chidondo").countryCode());
    }

    @Test
    void aTwoWordCountryBeforeBasedIsThatCountryNotItsLastWord() {
        ArticleInput a = InventedCopy.only("""
                Analysts Doubt Peace Deal

                LUSAKA — An analyst at the New Zealand-based Centre for Conflict Studies, Mary Banda, said the deal was fragile.
                """);
        assertEquals("NZ", named(a, "New Zealand").countryCode());
        assertTrue(place(a, "Zealand").isEmpty(), a.places()::toString);
    }

    @Test
    void aNamedValleyIsOnePlaceWithoutACountryOfItsOwn() {
        ArticleInput a = InventedCopy.only("""
                Unrest Spreads in Tajikistan

                DUSHANBE — The Rasht Valley region is seen as restive. Officials fear the protests may spread.
                """);
        assertNull(named(a, "Rasht Valley").countryCode());
        assertTrue(place(a, "Valley").isEmpty(), a.places()::toString);
        assertTrue(place(a, "Rasht").isEmpty(), a.places()::toString);
    }
}
