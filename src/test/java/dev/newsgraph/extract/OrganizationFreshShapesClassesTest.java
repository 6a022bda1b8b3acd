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
 * leader's administration is named though some small town shares the leader's surname.
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
}
