package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a body's name plays another role, and where a body is named by its role, each in invented phrasings: a country's
 * military named only through its chief, who is killed or is a named person's title, or through a noun of ties with it,
 * does not act (the army chief who speaks does); a seat of government before a reporter's role is a beat; a long name
 * after an indefinite article is one of a kind; a run that opens with an outlet and holds a title is the outlet's staff;
 * a group's number may be hyphenated ("G-20"); police or security forces "in" a country that act are its own; an acronym
 * in apposition to its label ("the regional bloc, CEMAC,") is a body.
 */
class OrganizationRoleShapesClassesTest {

    @Test
    void aBodysChiefWhoIsATitleOrIsHitDoesNotMakeTheBodyAct() {
        ArticleInput a = only("""
                Blast Kills Army Chief

                Gunmen in Lesotho have attacked the prime minister's residence hours after a car bomb killed the country's army chief. On Friday, Malawi's military chief General Peter Banda told reporters the border was calm. The premier had long had poor ties with the nation's military.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.endsWith("army") || o.endsWith("military")), a.organizations()::toString);
        ArticleInput b = only("""
                Border Calm, Army Says

                The Zambian army chief said on Friday that the border was calm.
                """);
        assertTrue(hasOrg(b, "Zambian army"), b.organizations()::toString);
    }

    @Test
    void aSeatOfGovernmentBeforeAReportersRoleIsABeatNoBody() {
        ArticleInput a = only("""
                Leaders Head to Summit

                Leaders are preparing for their annual summit.
                VOA White House correspondent Olga Petrova looks ahead to the talks in Sochi.
                """);
        assertFalse(hasOrg(a, "White House"), a.organizations()::toString);
        ArticleInput c = only("""
                Navy Drills Begin

                Warships from six nations began drills on Monday. VOA Pentagon reporter Sam Reyes has more.
                """);
        assertFalse(hasOrg(c, "Pentagon"), c.organizations()::toString);
        ArticleInput b = only("""
                Drills Condemned

                The Kremlin condemned the drills on Monday, and the Pentagon said they would go ahead.
                """);
        assertTrue(hasOrg(b, "Kremlin") && hasOrg(b, "Pentagon"), b.organizations()::toString);
    }

    @Test
    void aNameAfterAnIndefiniteArticleIsOneOfAKindNoBody() {
        ArticleInput a = only("""
                Opposition Leader Sworn In

                The new premier, a 52-year-old Doctor of Veterinary Medicine (DVM) from Cornell University, took office on Monday. His deputy, an Associate of Applied Science (AAS), thanked the Electoral Reform Network (ERN).
                """);
        assertFalse(hasOrg(a, "Doctor of Veterinary Medicine") || hasOrg(a, "Associate of Applied Science"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Electoral Reform Network") && hasOrg(a, "Cornell University"), a.organizations()::toString);
    }

    @Test
    void anOutletsStaffTitleIsNoBodyOfItsOwn() {
        ArticleInput a = only("""
                New President Sworn In

                Ghana's president-elect was sworn in on Tuesday in Accra. For more, VOA's Jane Roe spoke to VOA Johannesburg Bureau Chief Tom Kasule live from Accra.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.contains("Bureau") || o.contains("Kasule")), a.organizations()::toString);
        assertTrue(hasOrg(a, "VOA"), a.organizations()::toString);
    }

    @Test
    void aGroupsNumberHyphenatedIsTheKnownGroup() {
        ArticleInput a = only("""
                Ministers Meet on Debt

                Finance ministers said the plan would go to the G-7 next month, weeks after the G-20 backed it.
                """);
        assertTrue(hasOrg(a, "G-7") && hasOrg(a, "G-20"), a.organizations()::toString);
    }

    @Test
    void policeOrSecurityForcesInACountryThatActAreThatCountrys() {
        ArticleInput a = only("""
                Gunmen Hunted After Ambush

                LIMA — Security forces in Peru are hunting for gunmen blamed for killing nine soldiers. Police in Sri Lanka said on Monday they arrested two men in a separate case, while international troops in Kosovo said nothing.
                """);
        assertTrue(hasOrg(a, "Security forces in Peru") && hasOrg(a, "Police in Sri Lanka"), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Kosovar")), a.organizations()::toString);
    }

    @Test
    void anAcronymInAppositionToItsLabelIsABody() {
        ArticleInput a = only("""
                Calm Urged After Vote

                Protesters clashed with police in Bangui after the vote. The regional bloc, CEMAC, urged calm, and the rights group, LCDH, counted the dead.
                """);
        assertTrue(hasOrg(a, "CEMAC") && hasOrg(a, "LCDH"), a.organizations()::toString);
    }
}
