package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Capitalised runs that no title, apposition or later surname shows to be a person's, read as the found pages read them:
 * a run opened by a word the dictionary writes only in lower case ("the Dutch Safety Board", "Malaysia Airline Flight 17",
 * "Adobe's Flash Player", "adapted for Learning English") names a body, a programme or a thing, unless the story calls it
 * by its last word or sets it off after a phrase a title heads; after a form of address of that kind ("Sheikh", "Officer") the name follows; the people of a country
 * in the plural ("some Kenyans, who ...") are no one's name; and a script's credit ("Jane Doe reported this story for
 * ...") names its reporter, not a person of the story.
 */
class CommonWordNameClassesTest {

    @Test
    void aRunOpenedByACommonWordIsABodyOrThing() {
        ArticleInput a = only("""
                Investigators Publish Crash Findings

                AMSTERDAM — The chairman of the Norwegian Safety Board said on Tuesday that Coastal Airline Flight 902 broke up in the air. Passengers had booked through the Travel Desk on the airline's site, and a video made with Adobe's Flash Player shows the wreck. Marta Olsen, a relative of one passenger, spoke to reporters.
                """);
        assertEquals(List.of("Marta Olsen"), people(a), a.people()::toString);
    }

    @Test
    void aRunOpenedByACommonWordIsAPersonWhenTheStoryUsesItsLastWord() {
        ArticleInput a = only("""
                Opposition Lawmaker Arrested

                HARARE — Police detained the lawmaker Faithful Moyo on Monday. The party said Moyo was taken from his home at night.
                """);
        assertTrue(people(a).contains("Faithful Moyo"), a.people()::toString);
    }

    @Test
    void aRunOpenedByACommonWordIsAPersonInAppositionToATitledPhrase() {
        ArticleInput a = only("""
                Flood Waters Recede

                "The worst is over, but many roads are still closed," said the head of the Tana district water board, Precious Banda.
                """);
        assertEquals(List.of("Precious Banda"), people(a), a.people()::toString);
    }

    @Test
    void aFormOfAddressTheDictionaryHasIsNotPartOfTheName() {
        ArticleInput a = only("""
                Cleric Calls for Calm After Clashes

                KARBALA — A statement from the office of Sheikh Hamid Rahimi Naseri called for calm on Friday, and witnesses saw Officer Daniel Keane at the gate.
                """);
        assertEquals(List.of("Hamid Rahimi Naseri", "Daniel Keane"), people(a), a.people()::toString);
    }

    @Test
    void thePeopleOfACountryInThePluralAreNoName() {
        ArticleInput a = only("""
                Video of Arrest Draws Anger

                NAIROBI — A video of a police arrest drew sharp criticism from some Kenyans, who compared it to other cases. Many Ugandans, who watched it online, agreed.
                """);
        assertEquals(List.of(), people(a), a.people()::toString);
    }

    @Test
    void aScriptsReportingCreditNamesItsReporter() {
        ArticleInput a = only("""
                Town Votes on New Park

                Residents of the town voted on Tuesday to build a new park. Mayor Carla Dunn said work would begin in spring. Peter Halvorsen reported this story for VOA News. Anna Kowal reported on this story from Denver.
                """);
        assertEquals(List.of("Carla Dunn"), people(a), a.people()::toString);
    }
}
