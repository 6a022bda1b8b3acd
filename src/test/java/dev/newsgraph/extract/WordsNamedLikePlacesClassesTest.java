package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.named;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static dev.newsgraph.extract.InventedCopy.place;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small town's or a division's name that is also a word the dictionary writes only in lower case ("Summit",
 * "Liberty", "Unity") is that word inside a longer name or a body's name, and the place only where the text locates it;
 * one word after a person's title ("Senator Warren") is a surname, not the town of that name in the story's country.
 */
class WordsNamedLikePlacesClassesTest {

    @Test
    void aCommonWordInsideAnEventsOrABodysNameIsNoPlace() {
        ArticleInput a = only("""
                President Travels to Africa

                ACCRA — The U.S. president is in Ghana after a trip that took him to Paris and the Group of Seven Summit in Japan. Aides from the United States said the Unity for Progress movement of Ghana welcomed him, and a member of the Liberty for Democracy party of Paraguay sent a message.
                """);
        assertTrue(place(a, "Summit").isEmpty(), a.places()::toString);
        assertTrue(place(a, "Unity").isEmpty(), a.places()::toString);
        assertTrue(place(a, "Liberty").isEmpty(), a.places()::toString);
    }

    @Test
    void theTextLocatingTheWordMakesItThePlace() {
        ArticleInput a = only("""
                Floods Force Evacuations

                Floods forced hundreds of families from their homes in Liberty, Missouri, on Sunday, and fighting displaced thousands more in Unity state, aid groups said.
                """);
        assertEquals("US", named(a, "Liberty").countryCode());
        assertEquals("SS", named(a, "Unity").countryCode());
    }

    @Test
    void oneWordAfterAPersonsTitleIsASurnameNotATown() {
        ArticleInput a = only("""
                Senators Debate Farm Bill

                WASHINGTON — Senators in the United States debated the farm bill on Tuesday. Senator Warren said the bill failed farmers in Ohio, and Governor Franklin of Texas agreed.
                """);
        assertTrue(place(a, "Warren").isEmpty(), a.places()::toString);
        assertTrue(place(a, "Franklin").isEmpty(), a.places()::toString);
        assertTrue(people(a).containsAll(List.of("Warren", "Franklin")), a.people()::toString);
    }
}
