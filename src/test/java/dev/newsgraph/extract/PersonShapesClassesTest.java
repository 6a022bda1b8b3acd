package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People as unseen wire copy names them, each class in several phrasings of invented copy: legal and oversight offices
 * before a name ("Special Counsel", "Inspector General", "District Attorney") are titles, not given names, and an
 * acronym before "administrator" is the body the person runs; a title in quotation marks (a campaign, a slogan, a song)
 * and a realm named as a thing ("the Khmer Empire", "the Ming Dynasty") are no people; a page's credit line ("Photos:
 * Jane Doe") names who made the page, not a person of the story.
 */
class PersonShapesClassesTest {

    @Test
    void legalAndOversightOfficesAreTitles() {
        ArticleInput a = only("""
                Prosecutors Appeal Ruling in Documents Case

                WASHINGTON — U.S. Special Counsel Jack Smith said in a court filing on Tuesday that his office would appeal. Inspector General Michael Horowitz said he would review the records, and Manhattan District Attorney Alvin Bragg declined to comment. USAID administrator Samantha Power told reporters the funds were ready.
                """);
        List<String> people = people(a);
        assertTrue(people.containsAll(List.of("Jack Smith", "Michael Horowitz", "Alvin Bragg", "Samantha Power")), people::toString);
        assertFalse(people.stream().anyMatch(p -> p.startsWith("Special") || p.startsWith("Inspector") || p.startsWith("District")),
                people::toString);
        assertTrue(hasOrg(a, "USAID"), a.organizations()::toString);
    }

    @Test
    void quotedTitlesAndRealmsAreNoPeople() {
        ArticleInput a = only("""
                Malawi Declares End of Cholera Outbreak

                BLANTYRE, Malawi — Malawi declared the end of its cholera outbreak on Monday. The “Tithetse Kolera” or “Let’s End Cholera” campaign came months after the emergency was declared, Health Minister Khumbize Chiponda said. Marchers chanted "Bread and Freedom" outside the ministry. The returned statues date from the Khmer Empire, and others from the Ming Dynasty.
                """);
        assertEquals(List.of("Khumbize Chiponda"), people(a));
    }

    @Test
    void aPagesCreditLineNamesNoPersonOfTheStory() {
        ArticleInput a = only("""
                Flooding Displaces Thousands

                DHAKA — Floods forced thousands of families from their homes in northern Bangladesh this week, said relief official Karim Uddin.

                Photos: Grace Mbewe. Editor: Thomas Okello.
                """);
        assertEquals(List.of("Karim Uddin"), people(a));
    }
}
