package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes of bodies' names that batch X brought, each in invented phrasings: a party labelled in lower case after a
 * name that binders join ("the Hope for Peace and Progress party") or that ends in an -ist word after a capitalised
 * word ("the Nepal Socialist party"), while "the Islamist party" or "the Egyptian Islamist party" says only which kind.
 */
class OrganizationBatchXShapesClassesTest {

    @Test
    void aPartysNameRunsBackOverItsBinders() {
        ArticleInput a = only("""
                Opposition Leaders Jailed

                NAIROBI — A court on Monday jailed Peter Odhiambo, a member of the Hope for Peace and Progress party, and two officials of the Voice of Farmers and Traders party.
                """);
        assertTrue(hasOrg(a, "Hope for Peace and Progress"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Voice of Farmers and Traders"), a.organizations()::toString);
        assertFalse(orgs(a).contains("Progress"), a.organizations()::toString);
        assertFalse(orgs(a).contains("Traders"), a.organizations()::toString);
    }

    @Test
    void anIstWordEndsAPartysNameAfterACapitalisedWord() {
        ArticleInput a = only("""
                Rally Turns Violent

                KATHMANDU — Police said supporters of a rival group attacked a rally of the Nepal Socialist party on Sunday.
                """);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Nepal Socialist")), a.organizations()::toString);
        ArticleInput kind = only("""
                Vote Count Begins

                CAIRO — The Islamist party won most seats, and the Egyptian Islamist party of the former speaker came second.
                """);
        assertFalse(orgs(kind).stream().anyMatch(o -> o.contains("Islamist")), kind.organizations()::toString);
    }
}
