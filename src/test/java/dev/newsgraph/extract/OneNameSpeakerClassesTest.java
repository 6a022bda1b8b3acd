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
 * People the copy names by one name only (residents, protesters, refugees quoted by their first name; a spokesman known
 * by one name), on invented copy: the name set off by commas with a person's description after it ("said Amara, who
 * fled ...", "Kwabena, a spokesman for ...", "Esi, 41,") or standing for a person named before it ("One of them, Tunde,",
 * "This 40-year-old trader, Nadia,") is a person, and the speaker of the quotes given to that person; an unknown place
 * described so is not.
 */
class OneNameSpeakerClassesTest {

    @Test
    void aRefugeeQuotedByHerFirstNameWithWhoAfterItIsThePersonAndTheSpeaker() {
        ArticleInput a = only("""
                Refugees Describe Crackdown After Vote

                Thousands of people have fled across the border since the disputed vote. "The soldiers came at night and took the young men away," said Amara, who fled to a camp near the frontier. "Nobody was armed," she continued.
                """);
        assertTrue(people(a).contains("Amara"), people(a)::toString);
        assertEquals("Amara", speakerOf(a, "The soldiers came at night"));
        assertEquals("Amara", speakerOf(a, "Nobody was armed"));
    }

    @Test
    void aProtesterNamedInAppositionAfterThemOrHisTradeSpeaksThroughHisPronoun() {
        ArticleInput them = only("""
                Women March Against Curfew in Port City

                Hundreds of women marched through the port city on Saturday. One of them, Tunde, carried a placard over his head. "We want our children to sleep without fear of the soldiers," he said.
                """);
        assertTrue(people(them).contains("Tunde"), people(them)::toString);
        assertEquals("Tunde", speakerOf(them, "We want our children to sleep"));
        ArticleInput trade = only("""
                Voters Queue Before Dawn

                Long lines formed outside polling stations on Sunday. This 40-year-old trader, Nadia, says she has never missed a vote. "Every vote we cast is a vote for our children," she said.
                """);
        assertTrue(people(trade).contains("Nadia"), people(trade)::toString);
        assertEquals("Nadia", speakerOf(trade, "Every vote we cast"));
    }

    @Test
    void aSpeakerIntroducedAsADescriptionNamedSoGoesOnThroughHerPronounInRunTogetherCopy() {
        ArticleInput a = only("""
                Market Traders Fear New Curfew

                The city council ordered shops to close at six in the evening. A fruit seller named Grace said she would lose half of her customers. “People only come to buy after work, and now they cannot,” she said. The council says the curfew will last a month.
                """);
        assertTrue(people(a).contains("Grace"), people(a)::toString);
        assertEquals("Grace", speakerOf(a, "People only come to buy after work"));
    }

    @Test
    void aSpokesmanKnownByOneNameOrAnAgedResidentIsAPerson() {
        ArticleInput spokesman = only("""
                Rebels Confirm Fighting Near Hill Camp

                Kwabena, a spokesman for the Northern Hills Front, confirmed the fighting to reporters on Monday. He gave no toll.
                """);
        assertTrue(people(spokesman).contains("Kwabena"), people(spokesman)::toString);
        ArticleInput aged = only("""
                Market Traders Count Losses After Fire

                Stalls burned through the night. Esi, 41, said she had lost everything she owned in the fire.
                """);
        assertTrue(people(aged).contains("Esi"), people(aged)::toString);
    }

    @Test
    void anUnknownPlaceDescribedInAppositionIsNoPerson() {
        ArticleInput a = only("""
                Gunmen Raid Northern Village

                Gunmen attacked Tamboura, a village in the north, on Sunday, officials said. Kimbali, a major market town nearby, was spared.
                """);
        assertFalse(people(a).contains("Tamboura"), people(a)::toString);
        assertFalse(people(a).contains("Kimbali"), people(a)::toString);
    }
}
