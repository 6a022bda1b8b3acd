package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names that look like a place's and name none, on invented copy: a holiday named after a country ("Canada Day"), an
 * aircraft's model name after its code ("the C-130 Hercules"), and a person's one-word name set off after a stated
 * age ("This 40-year-old teacher, Regina, ..."); the same names located by the text stay places.
 */
class PlaceLookalikeClassesTest {

    /** The names and aliases of the places extracted. */
    private static List<String> places(ArticleInput a) {
        return a.places().stream().flatMap(p -> Stream.concat(Stream.of(p.name()),
                p.aliases().stream())).toList();
    }

    @Test
    void aHolidayNamedAfterACountryIsNoMentionOfIt() {
        ArticleInput a = InventedCopy.only("""
                Government Buys Rights to Flag

                On Tuesday, the day before New Zealand Day, the government announced it had bought the rights to a flag for $12 million.
                """);
        assertFalse(places(a).contains("New Zealand"), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Crowds Mark Holiday

                Crowds gathered in Ottawa on Canada Day to watch the fireworks.
                """);
        assertTrue(places(b).contains("Ottawa"), b.places()::toString);
        assertFalse(places(b).contains("Canada"), b.places()::toString);
    }

    @Test
    void anAircraftModelNameIsNoPlace() {
        ArticleInput a = InventedCopy.only("""
                Soldiers Flown Home

                The coffins were carried onto a C-130 Hercules aircraft at the airfield in Kandahar for the flight home. An F-16 Phoenix escort followed.
                """);
        assertFalse(places(a).contains("Hercules"), a.places()::toString);
        assertFalse(places(a).contains("Phoenix"), a.places()::toString);
        assertTrue(places(a).contains("Kandahar"), a.places()::toString);
    }

    @Test
    void aOneWordNameAfterAPersonOfAStatedAgeIsThatPerson() {
        ArticleInput a = InventedCopy.only("""
                Voters Queue in Bishkek

                This 40-year-old teacher, Regina, is hopeful. A 52-year-old, Florence, said she voted early in Bishkek.
                """);
        assertFalse(places(a).contains("Regina"), a.places()::toString);
        assertFalse(places(a).contains("Florence"), a.places()::toString);
        ArticleInput b = InventedCopy.only("""
                Man Arrested in Italy

                Police arrested a 40-year-old man from Naples, Florence, and Rome on Monday, officials in Italy said.
                """);
        assertTrue(places(b).contains("Florence"), b.places()::toString);
    }
}
