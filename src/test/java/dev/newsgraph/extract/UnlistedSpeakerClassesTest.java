package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.people;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speakers whose names hold a word the people extractor reads as something else, on invented copy: a name in a verb of
 * saying's subject place is a person's even when a word of it is a title's abbreviation, a month or a thing ("Meas Sen",
 * "Laura June", "War Htet"), and one word of a longer name stands for its bearer ("Kasereka said"); a body's name or
 * the copy's own correspondent there is no person.
 */
class UnlistedSpeakerClassesTest {

    @Test
    void aNameAfterTheQuoteWithAWordReadAsAThingIsThePersonAndTheSpeaker() {
        ArticleInput a = only("""
                Families Demand Release of Detained Reporters

                Relatives of two detained reporters gathered outside the court on Monday. "We only want to see them and know that they are safe," said War Htet, a brother of one of the reporters. "They were doing their work."
                """);
        assertTrue(people(a).contains("War Htet"), people(a)::toString);
        assertEquals("War Htet", speakerOf(a, "We only want to see them"));
        assertEquals("War Htet", speakerOf(a, "They were doing their work"));
    }

    @Test
    void aNameBeforeTheVerbWithATitlesAbbreviationInsideIsThePersonAndTheSpeaker() {
        ArticleInput a = only("""
                Former Premier Defends Land Policy

                The former premier spoke about the land reform of his years in office. "We should have given titles to the farmers much sooner than we did," Meas Sen said in an interview with a local radio station.
                """);
        assertTrue(people(a).contains("Meas Sen"), people(a)::toString);
        assertEquals("Meas Sen", speakerOf(a, "We should have given titles"));
    }

    @Test
    void aSurnameThatIsAMonthSpeaksForTheFullNameTheCopyGaveBefore() {
        ArticleInput a = only("""
                Aid Convoy Reaches Flooded Valley

                Laura June, a nurse at the district hospital, told reporters that the convoy had reached the valley on Friday. "The roads are still under water in many places, and the people need clean water most of all," June said.
                """);
        assertTrue(people(a).contains("Laura June"), people(a)::toString);
        assertEquals("Laura June", speakerOf(a, "The roads are still under water"));
    }

    @Test
    void aMiddleWordOfALongerNameStandsForItsBearer() {
        ArticleInput a = only("""
                Survivors Recount Night Raid on Market Town

                The attackers arrived at dusk, when a fish seller, Mumbere Kasereka Vindu, was closing his stall. "I ran into the bush with my children and we hid there until the morning," Kasereka said.
                """);
        assertEquals("Mumbere Kasereka Vindu", speakerOf(a, "I ran into the bush"));
    }

    @Test
    void aBodysNameOrTheCopysCorrespondentInTheSubjectPlaceIsNoPerson() {
        ArticleInput body = only("""
                Charity Warns of Hunger in Border Camps

                Food stocks in the border camps will run out within weeks. "Unless the roads reopen, families will go hungry by the end of the month," said Northern Relief Council, a charity based in the capital.
                """);
        assertFalse(people(body).contains("Northern Relief Council"), people(body)::toString);
        ArticleInput correspondent = only("""
                Villagers Flee After Night Attack

                Gunmen attacked a village near the border overnight, local officials said. Reporter Ana Lutu tells VOA that the villagers fled to the nearest town before dawn.
                """);
        assertFalse(people(correspondent).contains("Reporter Ana Lutu"), people(correspondent)::toString);
    }
}
