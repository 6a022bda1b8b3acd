package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.OrganizationInput;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes of outlets and owned bodies that an unseen batch brought, each in invented phrasings: an outlet's service in
 * a language is one body however the copy names it; a country's
 * body named by its head word in both word orders is one body; the outlets a story's list of sources cites are its
 * outlets, and so is a known agency that wrote a cited story, but not a writer named by a person's name; an unknown
 * acronym the prose uses as a body's name in two sentences is a body, a clock's zone is not; a name after who runs it,
 * subject of a reporting verb, is an outlet and no person.
 */
class OrganizationCitedShapesClassesTest {

    private static List<OrganizationInput> named(ArticleInput a, String name) {
        return a.organizations().stream().filter(o -> o.name().equals(name) || o.aliases().contains(name)).toList();
    }

    @Test
    void anOutletsLanguageServiceIsOneBodyHoweverNamed() {
        ArticleInput a = only("""
                Fighting Flares in the North

                A rebel commander told AFP's Turkish service on Monday that his men had taken two villages. A district official told AFP Turkish the army was sending reinforcements. This report was produced with the AFP Turkish service.
                """);
        List<OrganizationInput> service = named(a, "AFP's Turkish service");
        assertEquals(1, service.size(), a.organizations()::toString);
        assertTrue(service.get(0).aliases().contains("AFP Turkish") || service.get(0).name().equals("AFP Turkish"), a.organizations()::toString);
        assertEquals(service, named(a, "AFP Turkish service"), a.organizations()::toString);
    }

    @Test
    void aCountrysBodyNamedInBothWordOrdersIsOneBody() {
        ArticleInput a = only("""
                Minister Visits Capital

                A delegation waited at the Embassy of Ghana on Tuesday. An official at the Ghanaian embassy said the minister would meet investors.
                """);
        assertEquals(1, named(a, "Embassy of Ghana").size(), a.organizations()::toString);
        assertEquals(named(a, "Embassy of Ghana"), named(a, "Ghanaian embassy"), a.organizations()::toString);
    }

    @Test
    void theOutletsAStorysListOfSourcesCitesAreItsOutlets() {
        ArticleInput a = only("""
                Floods cut off northern towns
                Friday, March 3, 2019
                Floods have cut off three towns in the north of the country after a week of heavy rain, officials said on Friday.
                Rescue teams were sent by boat to the worst-hit town, where hundreds of families are sheltering in schools and churches.
                Sources
                - "Floods isolate northern towns" — Daily Monitor, March 3, 2019
                - bb. Agence France-Presse. "Rivers burst their banks" — The Kampala Herald, Friday March 3, 2019
                - Jane Okello. "Towns cut off" — Radio Savanna, 3 March 2019
                """);
        assertTrue(hasOrg(a, "Daily Monitor"), a.organizations()::toString);
        assertTrue(hasOrg(a, "The Kampala Herald"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Radio Savanna"), a.organizations()::toString);
        assertTrue(hasOrg(a, "AFP") || hasOrg(a, "Agence France-Presse"), a.organizations()::toString);
        assertFalse(orgs(a).contains("Jane Okello"), a.organizations()::toString);
    }

    @Test
    void anAcronymUsedAsABodysNameInTwoSentencesIsABody() {
        ArticleInput a = only("""
                Ministers Meet on Trade

                Ministers of the ASCU nations met in Lusaka on Monday at 09:30 CAT to discuss tariffs. The talks were the first since the ASCU-EU summit in March, and the ASCU members agreed to meet again before 12:00 CAT on Friday.
                """);
        assertTrue(hasOrg(a, "ASCU"), a.organizations()::toString);
        assertFalse(hasOrg(a, "CAT"), a.organizations()::toString);
    }

    @Test
    void aNameAfterWhoRunsItThatReportsIsAnOutlet() {
        ArticleInput a = only("""
                Troops Clash With Rebels in the East

                The state-owned Morning Star of Laos said on Sunday that fighting near the border had killed 12 rebels, and the government-run Daily Courier reported that roads were closed.
                """);
        assertTrue(hasOrg(a, "Morning Star of Laos"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Daily Courier"), a.organizations()::toString);
        assertFalse(InventedCopy.people(a).contains("Morning Star"), a.people()::toString);
    }
}
