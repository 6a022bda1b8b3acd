package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A part of a country named by a word the gazetteer knows as a place elsewhere, on invented copy (issue 11, places):
 * "North East Kenya", "Far North Nigeria" describe a part of the country named after them, not the province of that
 * name in another country. And an Arabic article written apart in lower case ("al Mashnaqa area") is the first word of
 * the name it opens.
 */
class PlaceCountryPartClassesTest {

    @Test
    void aNameRightBeforeACountryThatIsNoPlaceOfItIsAPartOfThatCountry() {
        ArticleInput a = InventedCopy.only("""
                Opposition Lawmaker Detained

                The party said a newly elected lawmaker, Amina Juma, was detained in Garissa in North East Kenya on Friday.
                """);
        assertTrue(a.places().stream().noneMatch(p -> "GH".equals(p.countryCode())), a.places()::toString);
        assertTrue(a.places().stream().anyMatch(p -> p.name().equals("Kenya")), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Floods Displace Thousands

                Floods have displaced thousands of people in Far North Nigeria, the emergency agency said on Tuesday.
                """);
        assertTrue(b.places().stream().allMatch(p -> "NG".equals(p.countryCode())), b.places()::toString);
    }

    @Test
    void anArabicArticleWrittenApartOpensTheName() {
        ArticleInput a = InventedCopy.only("""
                Jets Strike Village in Yemen

                "Yesterday the jets attacked al Mashnaqa area and our fighters shot at them," a commander in Yemen's Hajjah province said.
                """);
        assertTrue(a.places().stream().anyMatch(p -> p.name().equals("al Mashnaqa") && "YE".equals(p.countryCode())), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Rebels Say Town Shelled

                Rebels in Sudan's Darfur region said the army shelled el Tawira area on Sunday.
                """);
        assertTrue(b.places().stream().anyMatch(p -> p.name().equals("el Tawira")), b.places()::toString);
    }
}
