package dev.newsgraph.extract;

import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.PlaceInput;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How wire copy names places beyond a single locative, on invented copy: a capital coordinated with a place the
 * sentence locates, names that share one plural kind word, and a division or town
 * spelt as another transliteration than the gazetteer's.
 */
class PlaceCopyClassesTest {

    private static Optional<PlaceInput> place(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .or(() -> a.places().stream().filter(p -> p.aliases().contains(name)).findFirst());
    }

    private static PlaceInput named(ArticleInput a, String name) {
        return place(a, name).orElseThrow(() -> new AssertionError("no place " + name + " in " + a.places()));
    }

    /** The capital is a place of its own, not an alias of its country. */
    private static void cityItself(ArticleInput a, String capital, String code) {
        PlaceInput city = a.places().stream().filter(p -> p.name().equals(capital)
                || p.kind() == dev.newsgraph.domain.PlaceKind.CITY && p.aliases().contains(capital)).findFirst()
                .orElseThrow(() -> new AssertionError("no city " + capital + " in " + a.places()));
        assertEquals(code, city.countryCode());
    }

    @Test
    void aCapitalCoordinatedWithALocatedPlaceIsLocatedToo() {
        cityItself(InventedCopy.only("""
                Aid Blocked in Sudan, U.N. Says

                The United Nations said on Monday that fighting had cut off aid to parts of Darfur and Khartoum for a third week.
                """), "Khartoum", "SD");
        cityItself(InventedCopy.only("""
                Protests Spread Across Myanmar

                Thousands of people marched on Sunday in Mandalay, Monywa and Yangon, witnesses said, as the army warned of a crackdown.
                """), "Yangon", "MM");
        cityItself(InventedCopy.only("""
                Airlines Suspend Flights to Lebanon

                Several airlines on Tuesday suspended flights to Amman and Beirut after a night of strikes, the carriers said.
                """), "Beirut", "LB");
        // the capital that opens the coordination still stands for its government
        ArticleInput a = InventedCopy.only("""
                Talks Stall Over Border

                Beijing and New Delhi traded accusations on Friday after the talks stalled, officials said.
                """);
        assertTrue(a.places().stream().noneMatch(p -> p.name().equals("Beijing")), a.places()::toString);
    }

    @Test
    void namesThatShareOnePluralKindWordAreEachThatKindOfPlace() {
        // a division named like its people ("Somali", "Afar") is the division when the kind word follows the list
        ArticleInput a = InventedCopy.only("""
                Drought Deepens in Ethiopia

                Aid agencies said on Tuesday that the drought had left millions hungry in Ethiopia's Oromia and Somali regions.
                """);
        assertEquals("ET", named(a, "Somali").countryCode(), a.places()::toString);
        assertEquals("ET", named(a, "Oromia").countryCode(), "a name no gazetteer has, in the list: " + a.places());
        ArticleInput b = InventedCopy.only("""
                Fighting Spreads in Northern Ethiopia

                Fighting spread this week into the Afar and Amhara regions, residents told reporters, as Ethiopia's army said it had retaken two towns.
                """);
        assertEquals("ET", named(b, "Afar").countryCode(), b.places()::toString);
        assertEquals("ET", named(b, "Amhara").countryCode(), b.places()::toString);
        ArticleInput c = InventedCopy.only("""
                Nigeria Extends Curfew

                Nigeria extended a curfew on Monday across the Borno, Yobe and Adamawa states after a week of attacks, officials said.
                """);
        assertEquals("NG", named(c, "Yobe").countryCode(), c.places()::toString);
        assertEquals("NG", named(c, "Adamawa").countryCode(), c.places()::toString);
        // "Somali police and Kenyan troops": a demonym without a kind word after the list stays a demonym
        ArticleInput d = InventedCopy.only("""
                Joint Patrols Begin on Border

                Somali police and Kenyan troops began joint patrols along the border on Wednesday, officials said.
                """);
        assertTrue(place(d, "Somali").isEmpty(), d.places()::toString);
    }
}
