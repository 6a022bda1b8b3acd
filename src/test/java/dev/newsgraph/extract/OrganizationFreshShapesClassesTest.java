package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes of bodies' names that a fresh batch brought, each in invented phrasings: a country's body named in passing
 * acts where the copy goes on naming it by its head alone ("the army bombed"); "the country's military" that speaks is
 * the body of the state the story is about; a stance toward a known body ("pro-EU", "anti-Taliban") names it; and a
 * leader's administration is named though some small town shares the leader's surname; a ministry named in both word
 * orders ("Interior Ministry", "Ministry of Internal Affairs") is one body; a legislature's bare name is the one
 * parliament the copy named; a title joined by "and" to a party's name is no part of it; an acronym its supporters or
 * members follow is a body's; an institution is a body; and a country's forces speak through their officials as
 * through their sources.
 */
class OrganizationFreshShapesClassesTest {

    @Test
    void aBodyNamedInPassingActsByItsHeadAlone() {
        ArticleInput a = only("""
                Rebels Seize Border Town

                MAPUTO — Fighting between the Mozambican army and insurgents in the north entered its second week. The army shelled rebel positions near Palma on Sunday, and Army spokesman Major Tomas Luis said the town would be retaken.
                """);
        assertTrue(hasOrg(a, "Mozambican army"), a.organizations()::toString);
        ArticleInput quiet = only("""
                Talks Stall in Capital

                LIMA — Many recruits who joined the Peruvian army last year have since left, a report said. Several deserted the army after pay was cut.
                """);
        assertFalse(hasOrg(quiet, "Peruvian army"), quiet.organizations()::toString);
    }

    @Test
    void theCountrysForcesThatSpeakAreTheStorysStates() {
        ArticleInput a = only("""
                Bomb Hits Market Bus

                A bomb exploded on a bus in the town of Moyobamba in Peru on Monday, killing nine people. "The attackers were targeting civilians," said Colonel Jorge Ruiz, a spokesman for the country's army.
                """);
        assertTrue(a.organizations().stream().anyMatch(o -> o.name().equals("Peruvian army") && o.countryCode().equals("PE")),
                a.organizations()::toString);
        ArticleInput object = only("""
                Border Tensions Rise

                PRISTINA — Kosovo accused Serbia of provocations on Monday, with Belgrade putting the country's military on alert near the border.
                """);
        assertFalse(object.organizations().stream().anyMatch(o -> o.name().endsWith(" military")), object.organizations()::toString);
    }

    @Test
    void aStanceTowardAKnownBodyNamesIt() {
        ArticleInput a = only("""
                Rally in the Capital

                CHISINAU — Thousands of pro-EU demonstrators marched through the city on Sunday. Police later moved against an anti-NATO camp.
                """);
        assertTrue(hasOrg(a, "European Union"), a.organizations()::toString);
        assertTrue(hasOrg(a, "NATO"), a.organizations()::toString);
        ArticleInput capitalised = only("""
                Activists Camp Out

                A Pro-European Union activist guards a tent camp in Tbilisi, Georgia, Dec. 9, 2019.
                """);
        assertTrue(hasOrg(capitalised, "European Union"), capitalised.organizations()::toString);
        assertFalse(hasOrg(capitalised, "Pro-European Union"), capitalised.organizations()::toString);
    }

    @Test
    void anAdministrationIsNamedThoughATownSharesItsLeadersName() {
        ArticleInput a = only("""
                Policy Paper Released

                The Obama administration released a new trade strategy on Tuesday, officials said.
                """);
        assertTrue(hasOrg(a, "Obama administration"), a.organizations()::toString);
    }

    @Test
    void aMinistryNamedInBothWordOrdersIsOneBody() {
        ArticleInput a = only("""
                Police Block Marchers

                TBILISI — Interior Ministry troops blocked marchers near the Georgian Ministry of Internal Affairs on Monday, and the ministry said 12 people were detained.
                """);
        assertTrue(a.organizations().stream().filter(o -> o.name().contains("Ministry")).count() == 1, a.organizations()::toString);
    }

    @Test
    void aLegislaturesBareNameIsTheParliamentNamedAndATitleIsNoPartOfAPartysName() {
        ArticleInput a = only("""
                Protesters Demand New Vote

                Hundreds gathered outside Moldova's parliament on Tuesday. "We are against the Parliament vote," said one student.

                Lawmaker and Liberal Union leader Ana Rusu says the vote should go ahead.
                """);
        assertFalse(InventedCopy.orgs(a).contains("Parliament"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Liberal Union"), a.organizations()::toString);
        assertFalse(InventedCopy.orgs(a).stream().anyMatch(o -> o.startsWith("Lawmaker")), a.organizations()::toString);
    }

    @Test
    void anAcronymItsSupportersFollowIsABodys() {
        ArticleInput a = only("""
                Police Break Up Rally

                LUSAKA — Police fired tear gas at UPND supporters gathered outside a court in Lusaka on Friday.
                """);
        assertTrue(hasOrg(a, "UPND"), a.organizations()::toString);
    }

    @Test
    void anInstitutionIsABody() {
        ArticleInput a = only("""
                Minister Outlines Plan

                The minister spoke at the Lowy Institution in Sydney on Monday about the new aid budget.
                """);
        assertTrue(hasOrg(a, "Lowy Institution"), a.organizations()::toString);
    }

    @Test
    void aCountrysForcesSpeakThroughTheirOfficials() {
        ArticleInput a = only("""
                Offensive Begins in South

                Canadian military officials say 3,000 troops have begun a new offensive in Kandahar province.
                """);
        assertTrue(hasOrg(a, "Canadian military"), a.organizations()::toString);
        ArticleInput advisers = only("""
                Advisers Arrive

                Canadian military officials arrived in Kandahar on Monday to train local police.
                """);
        assertFalse(hasOrg(advisers, "Canadian military"), advisers.organizations()::toString);
    }
}
