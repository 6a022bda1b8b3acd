package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.speakerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Quotes whose frame describes its speaker before naming them, on invented copy: a witness named after a description
 * ("said a witness, one X, who ..."), in three phrasings; and the quotes that must keep no speaker: a witness who stays
 * unnamed, a crowd's chant.
 */
class DescribedSpeakerClassesTest {

    private static final ArticleInput MARKET = only("""
            Car Bomb Kills 9 at Crowded Market in Northern Town

            KIRKUK, Iraq — A car bomb exploded at a crowded vegetable market in the northern town of Tuz Khurmatu on Friday, killing nine people and wounding 30, police said.

            "The whole street shook and then there was smoke everywhere. We pulled two children out of a burning shop," said a witness, one Karim Haddad, who sells fruit at the market.

            "People were screaming for their relatives and nobody knew where to run," said a shopkeeper, one Salim Jabbar, whose stall was destroyed.

            "I saw the car parked there since the morning and nobody checked it," a driver, one Hussein Ali, told reporters at the scene.

            "There were bodies on the ground and the ambulances took an hour to come," a witness said.

            Hundreds of people later gathered outside the town hall, chanting "Where is the security we were promised?" as police watched.
            """);

    @Test
    void aWitnessNamedAfterTheDescriptionSpeaks() {
        assertEquals("Karim Haddad", speakerOf(MARKET, "The whole street shook"), "said a witness, one X, who ...");
        assertEquals("Salim Jabbar", speakerOf(MARKET, "People were screaming"), "said a shopkeeper, one X, whose ...");
        assertEquals("Hussein Ali", speakerOf(MARKET, "parked there since the morning"), "a driver, one X, told reporters");
    }

    @Test
    void anUnnamedWitnessAndAChantKeepNoSpeaker() {
        assertNull(speakerOf(MARKET, "bodies on the ground"), "a witness said");
        assertNull(speakerOf(MARKET, "Where is the security"), "a crowd chanting");
    }
}
