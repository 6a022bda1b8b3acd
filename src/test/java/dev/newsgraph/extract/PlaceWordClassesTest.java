package dev.newsgraph.extract;

import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.PlaceInput;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words that name a place and something else, on invented wire-style copy: a country named only by its people's
 * adjective, a people of the same name as its region, a headline word the story writes as a common noun.
 */
class PlaceWordClassesTest {

    private static Optional<PlaceInput> place(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name) || p.aliases().contains(name)).findFirst();
    }

    private static void noPlace(ArticleInput a, String name) {
        assertTrue(place(a, name).isEmpty(), () -> name + " is no place here: " + a.places());
    }

    private static void inCountry(ArticleInput a, String name, String countryCode) {
        PlaceInput p = place(a, name).orElseThrow(() -> new AssertionError("no place " + name + " in " + a.places()));
        assertEquals(countryCode, p.countryCode(), a.places()::toString);
    }

    @Test
    void aCountryNamedOnlyByItsAdjectiveIsNoPlaceThoughItsTownsLieInItAndAQuoteMentionsIt() {
        // the town's country is its code, not a mention of the country; a quote that says "U.S. troops" is not about a place
        ArticleInput a = InventedCopy.only("""
                Car Bomb Kills Nine in Baghdad Market

                A car bomb exploded in a crowded market in Baghdad on Tuesday, killing nine people, Iraqi police said. "The Iraqi forces will find those who did this," an Iraqi police officer said.
                """);
        noPlace(a, "Iraq");
        inCountry(a, "Baghdad", "IQ");
        ArticleInput b = InventedCopy.only("""
                Gunmen Attack Bus Near Garissa

                Gunmen attacked a bus near Garissa on Sunday, killing four passengers, Kenyan officials said. Kenyan troops were sent to the area, a police commander said.
                """);
        noPlace(b, "Kenya");
        inCountry(b, "Garissa", "KE");
        ArticleInput c = InventedCopy.only("""
                Drone Strike Kills Militant Commander

                A drone strike killed a militant commander in the town of Miranshah on Friday, Pakistani intelligence officials said. "The U.S. drones were seen over the area for days," a resident said.
                """);
        noPlace(c, "United States");
        noPlace(c, "Pakistan");
        ArticleInput d = InventedCopy.only("""
                Protesters Gather Outside Embassy in Bamako

                Hundreds of protesters gathered outside the French embassy in Bamako on Friday, demanding that French troops leave, witnesses said.
                """);
        noPlace(d, "France");
        inCountry(d, "Bamako", "ML");
    }
}
