package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A town with its country or province after a comma, on invented copy: a dateline or prose "Town, Country" whose name
 * the main gazetteer knows only abroad is the town of the stated country (new when no tier has it), and a local
 * town followed by a province of two words ("Antigonish, Nova Scotia") is read from the local tier.
 */
class PlaceStatedCountryClassesTest {

    private static PlaceInput named(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name) || p.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " in " + a.places()));
    }

    @Test
    void aDatelineTownIsInTheCountryItsDatelineStates() {
        ArticleInput a = InventedCopy.only("""
                Students Detained After School Occupation

                San Fernando, Chile — Twelve students were detained by local police on Monday after they occupied their school.
                """);
        assertEquals("CL", named(a, "San Fernando").countryCode());
        ArticleInput b = InventedCopy.only("""
                Farmers Block Highway

                SAN FERNANDO, Chile — Hundreds of farmers blocked a highway on Monday to protest water prices.
                """);
        assertEquals("CL", named(b, "San Fernando").countryCode());
    }

    @Test
    void aTownFollowedByItsCountryInProseIsInThatCountry() {
        ArticleInput a = InventedCopy.only("""
                Singer Dies at 80

                The singer, who was born in Trinidad, Colombia, died on Sunday in a clinic, his family said.
                """);
        assertEquals("CO", named(a, "Trinidad").countryCode());
        ArticleInput b = InventedCopy.only("""
                Raid Kills Four in Afghanistan

                And in Khost, U.S.-led forces killed four people during a raid, officials in Afghanistan said.
                """);
        assertEquals("AF", named(b, "Khost").countryCode());
    }

    @Test
    void aLocalTownFollowedByAProvinceOfTwoWordsIsAPlaceThere() {
        ArticleInput a = InventedCopy.only("""
                Soldiers Flown Home

                "He was a good friend," Cpl. Jean Tremblay, 31, of Antigonish, Nova Scotia, told Canadian reporters at the base.
                """);
        PlaceInput town = named(a, "Antigonish");
        assertEquals("CA", town.countryCode());
        assertEquals("Nova Scotia", town.parent());
    }
}
