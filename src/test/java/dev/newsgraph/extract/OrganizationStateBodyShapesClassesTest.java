package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes in which a named country's state body acts, each in invented phrasings: a date's day or year before the
 * demonym counts no soldiers ("On March 3 Chadian troops launched"); a verb in the present with a bare object
 * ("the Kenyan army takes steps") is an act; a "-stan" country's adjective is its people's name ("Tajik police",
 * "the Kazakh government"), whatever older form the gazetteer's row gives; "government troops" are the country's forces
 * and name its government; "Mozambique's ministry of health" is the health ministry; and a title whose first word is
 * the body's head ("National Police Chief Jane Doe") ends the body's name; the second party of a fight or of talks
 * acts ("fighting between militants and Libya's army", "a battle with UN peacekeepers and Malian forces").
 */
class OrganizationStateBodyShapesClassesTest {

    @Test
    void aDatesDayOrYearBeforeTheDemonymCountsNoSoldiers() {
        ArticleInput a = only("""
                Offensive Launched

                NDJAMENA — On March 3 Chadian troops launched an offensive against rebel positions near the border. In 2019 Nigerien forces had attacked the same camps, officials said.
                """);
        assertTrue(hasOrg(a, "Chadian troops"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Nigerien forces"), a.organizations()::toString);
    }

    @Test
    void soldiersCountedStayNoBody() {
        ArticleInput a = only("""
                Ambush Kills Soldiers

                NDJAMENA — Gunmen ambushed a patrol on Sunday and 7 Chadian soldiers were killed, a local official said.
                """);
        assertFalse(hasOrg(a, "Chadian soldiers"), a.organizations()::toString);
    }

    @Test
    void aVerbInThePresentWithABareObjectIsAnAct() {
        ArticleInput a = only("""
                Border Tense

                NAIROBI — The talks come as the Kenyan army takes measures to secure the border, and residents say they fear new raids.
                """);
        assertTrue(hasOrg(a, "Kenyan army"), a.organizations()::toString);
    }

    @Test
    void aStanCountrysAdjectiveIsItsPeoplesName() {
        ArticleInput a = only("""
                Protesters Detained

                DUSHANBE — Tajik police detained a dozen protesters on Friday. Meanwhile the Kazakh government announced new talks, and the Turkmen foreign ministry said it would attend.
                """);
        assertTrue(hasOrg(a, "Tajik police"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Kazakh government"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Turkmen foreign ministry"), a.organizations()::toString);
    }

    @Test
    void governmentTroopsAreTheCountrysForcesAndNameItsGovernment() {
        ArticleInput a = only("""
                Camp Attacked

                JUBA — Fighting erupted as Ugandan government troops attacked the rebel camp on Monday. The government later said 12 rebels died.
                """);
        assertTrue(hasOrg(a, "Ugandan government troops"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Ugandan government"), a.organizations()::toString);
    }

    @Test
    void aMinistryNamedInLowerCaseAfterItsFunctionIsTheFunctionsMinistry() {
        ArticleInput a = only("""
                Toll Rises

                MAPUTO — According to a spokesman for Mozambique's ministry of health, 40 people died. Angola's ministry of foreign affairs said it would send aid.
                """);
        assertTrue(hasOrg(a, "Mozambique's ministry of health"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Angola's ministry of foreign affairs"), a.organizations()::toString);
    }

    @Test
    void aTitleWhoseFirstWordIsTheBodysHeadEndsTheBodysName() {
        ArticleInput a = only("""
                Bombers Identified

                MANILA — National Police Chief Ramon Cruz said the bombers were linked to a militant network. Central Luzon Police Chief Maria Reyes told reporters two suspects were arrested.
                """);
        assertTrue(hasOrg(a, "National Police"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Central Luzon Police"), a.organizations()::toString);
        assertFalse(a.organizations().stream().anyMatch(o -> o.name().contains("Cruz") || o.name().contains("Reyes")),
                a.organizations()::toString);
    }

    @Test
    void theSecondPartyOfAFightOrTalksActs() {
        ArticleInput a = only("""
                Camp Shelled

                TRIPOLI — Fighting broke out last week between Islamist militants and Libya's army near a refugee camp. Officials said 40 militants died in a battle with UN peacekeepers and Malian forces near Gao.
                """);
        assertTrue(hasOrg(a, "Libya's army"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Malian forces"), a.organizations()::toString);
    }
}
