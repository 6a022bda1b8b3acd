package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies as unseen wire copy names them, each class in several phrasings of invented copy: a country's own Red Cross or
 * Red Crescent society is no International Committee of the Red Cross; "State television" and "National Radio" opening a
 * sentence say who runs an outlet, not its name; a platform given as the publisher's own channel ("Follow us on", "our
 * Facebook page", a share bar) is page chrome, while a post on a platform is a platform of the story. A legislature is
 * named by its one word ("asked Congress for", "The Senate approved") or as a house or chamber ("the Republican-controlled
 * House of Representatives", "the Chamber of Deputies"); "the country's" or "the nation's" before a body named by function
 * makes it the state's ("the country's disaster management agency"); a name before a lower-case unit label is the unit
 * ("Iran's elite Quds force", "the Hamza brigade"), but not a kind or a known body's ("the Islamist brigade", "the AU force").
 * A country's force noun that describes the noun after it ("Russian military disasters", "an Iraqi police checkpoint",
 * "U.S. military and intelligence matters") names no body, while one that acts does ("the Kenyan army said").
 */
class OrganizationShapesClassesTest {

    @Test
    void aCountrysRedCrossOrRedCrescentIsItsOwnSociety() {
        ArticleInput a = only("""
                Floods Kill 30 in Eastern Provinces

                BEIJING — Floods killed at least 30 people in eastern China on Monday, officials said. The Chinese Red Cross said it was sending tents and blankets, and the Kenya Red Cross and the Turkish Red Crescent offered teams. The Pakistan Red Crescent Society sent food.
                """);
        assertTrue(orgs(a).contains("Chinese Red Cross"), a.organizations()::toString);
        assertTrue(orgs(a).contains("Kenya Red Cross"), a.organizations()::toString);
        assertTrue(orgs(a).contains("Turkish Red Crescent"), a.organizations()::toString);
        assertTrue(orgs(a).contains("Pakistan Red Crescent Society"), a.organizations()::toString);
        assertFalse(hasOrg(a, "International Committee of the Red Cross"), a.organizations()::toString);
    }

    @Test
    void theRedCrossAloneIsStillTheCommittee() {
        ArticleInput a = only("""
                Aid Convoy Reaches Besieged Town

                GENEVA — The Red Cross said on Tuesday that a convoy of 20 trucks had reached the town after weeks of talks.
                """);
        assertTrue(hasOrg(a, "International Committee of the Red Cross"), a.organizations()::toString);
    }

    @Test
    void whoRunsAnOutletOpeningASentenceIsNoOutletsName() {
        ArticleInput a = only("""
                Landslide Buries Village

                KATHMANDU — A landslide buried a village in western Nepal on Sunday. State television showed rescuers digging with their hands. National Radio said 12 people were missing, and Local television reported that roads were cut. Kantipur television said the army had been sent.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.equals("State") || o.equals("National") || o.equals("Local")),
                a.organizations()::toString);
        assertTrue(orgs(a).contains("Kantipur"), a.organizations()::toString);
    }

    @Test
    void thePublishersOwnChannelsArePageChrome() {
        ArticleInput a = only("""
                Bus Bombing Kills Nine

                KARACHI — A bomb tore through a bus in southern Pakistan on Friday, killing nine people, police said.

                Follow our Asia reports on Twitter and discuss them on our Facebook page.

                Share on WhatsApp Email Print
                """);
        assertFalse(hasOrg(a, "Facebook") || hasOrg(a, "X") || hasOrg(a, "WhatsApp"), a.organizations()::toString);
    }

    @Test
    void aPostOnAPlatformIsAPlatformOfTheStory() {
        ArticleInput a = only("""
                Militants Claim Attack on Checkpoint

                PESHAWAR — A militant group said in a post on Telegram that its fighters attacked the checkpoint, and a video of the attack spread on Facebook.

                Like us on Instagram
                """);
        assertTrue(hasOrg(a, "Telegram") && hasOrg(a, "Facebook"), a.organizations()::toString);
        assertFalse(hasOrg(a, "Instagram"), a.organizations()::toString);
    }

    @Test
    void aLegislatureIsNamedByItsOneWordOrAsAHouseOrChamber() {
        ArticleInput a = only("""
                Lawmakers Stall Border Funding

                WASHINGTON — The president asked Congress for $3.7 billion in emergency funding on Tuesday. The Republican-controlled House of Representatives is opposed, though The Senate approved a smaller bill. In Rome, the Chamber of Deputies passed a similar law, and in London, the House of Commons debated it. Israel's Knesset will vote next week.
                """);
        assertTrue(hasOrg(a, "Congress") && hasOrg(a, "Senate") && hasOrg(a, "Knesset"), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.endsWith("House of Representatives")), a.organizations()::toString);
        assertTrue(hasOrg(a, "Chamber of Deputies") && hasOrg(a, "House of Commons"), a.organizations()::toString);
    }

    @Test
    void theCountrysBodyNamedByFunctionIsTheStates() {
        ArticleInput a = only("""
                Typhoon Nears Northern Coast

                MANILA — According to the country's disaster management agency, 19 million people could be affected by the storm. The nation's health ministry said hospitals were ready, and the country's election commission postponed local polls.
                """);
        assertTrue(hasOrg(a, "disaster management agency"), a.organizations()::toString);
        assertTrue(hasOrg(a, "health ministry"), a.organizations()::toString);
        assertTrue(hasOrg(a, "election commission"), a.organizations()::toString);
    }

    @Test
    void aNameBeforeALowerCaseUnitLabelIsTheUnit() {
        ArticleInput a = only("""
                Commanders Killed in Strike on Compound

                BEIRUT — The strike killed three commanders, including the general who led Iran's elite Quds force. Fighters of the Hamza brigade held the ridge, officials said. An Islamist brigade and the AU force were also in the area.
                """);
        assertTrue(orgs(a).stream().anyMatch(o -> o.equalsIgnoreCase("Quds force")), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.equalsIgnoreCase("Hamza brigade")), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.contains("Islamist") || o.startsWith("AU")), a.organizations()::toString);
    }

    @Test
    void aCountrysForceNounDescribingANounNamesNoBody() {
        ArticleInput a = only("""
                Suicide Bomber Strikes Checkpoint

                KABUL — A suicide bomber struck an Iraqi police checkpoint and an Afghan army convoy on Monday, in one of the worst Russian military disasters of the year, officials said. The records relate to U.S. military and intelligence matters, prosecutors said. The Kenyan army said two soldiers were hurt.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Iraqi") || o.startsWith("Afghan") || o.startsWith("Russian")
                || o.startsWith("U.S.") || o.startsWith("American")), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Kenyan")), a.organizations()::toString);
    }
}
