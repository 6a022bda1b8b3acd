package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.OrganizationInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes in which wire copy names bodies and people that unseen copy showed, each as a class on invented copy: a body's
 * name followed by its English gloss in parentheses ("Sipah-e-Sahaba (Army of the Prophet's Companions)"), which is one
 * body and no second; a name before "militant group" or "rebel group"; a name after "X-based", which only bodies take; a
 * body named after a place's possessive ("However, Georgia's Interior Ministry said"), which is that place's; a city's
 * forces ("Baku's forces"), which are the country's soldiers and no body; a unit of a known body named by its function
 * ("the U.N. refugee agency"); schools, which are the scene of a story and no body; peoples ("Bosnian Croats", "Rohingya
 * Muslims"), which are no person; a person described after a comma by a title of several words ("Jane Doe, chief
 * executive of ..."), with run-together initials ("A.K. Mehta") or after a county's sheriff; a surname that is a city's
 * name after a title and a given name ("Defense Secretary Paul Austin"); a sentence-opening name described by a title,
 * whatever the tagger makes of it; the tail of a body's name after "for" and words in another script, which are no
 * person; a government of a two-word demonym ("the South Korean government") or with its standing ("the Somali federal
 * government").
 */
class WireNameShapesClassesTest {

    private static OrganizationInput org(ArticleInput a, String nameOrAlias) {
        return a.organizations().stream().filter(o -> o.name().equals(nameOrAlias) || o.aliases().contains(nameOrAlias))
                .findFirst().orElseThrow(() -> new AssertionError(nameOrAlias + " not in " + a.organizations()));
    }

    @Test
    void aGlossInParenthesesIsTheNameOfTheBodyBeforeIt() {
        ArticleInput a = only("""
                Police Arrest Suspects in Mosque Attack

                KARACHI, Pakistan — Police said on Sunday that the two men arrested after the attack belonged to Sipah-e-Sahaba (Army of the Prophet's Companions), a banned group. A third suspect was a member of Tehreek-e-Insaf (Movement for Justice), officials said. In Syria, Hurras al-Din (Guardians of Religion Organization) said it had no part in the attack.
                """);
        assertTrue(org(a, "Sipah-e-Sahaba").aliases().contains("Army of the Prophet's Companions"), a.organizations()::toString);
        assertTrue(org(a, "Tehreek-e-Insaf").aliases().contains("Movement for Justice"), a.organizations()::toString);
        assertTrue(org(a, "Hurras al-Din").aliases().contains("Guardians of Religion Organization"), a.organizations()::toString);
        assertEquals(3, orgs(a).size(), a.organizations()::toString);
        assertTrue(people(a).isEmpty(), a.people()::toString);
    }

    @Test
    void aNameBeforeMilitantGroupIsABodyNoPerson() {
        ArticleInput a = only("""
                Drone Strike Kills Six in Tribal Region

                PESHAWAR, Pakistan — A suspected U.S. drone strike killed six people on Monday in an area controlled by the Mullah Nazir militant group, officials said. Residents said fighters of the Sadiq Noor rebel group had left the village a week before, and the Abdul Rashid Ghazi armed group denied any losses.
                """);
        assertTrue(hasOrg(a, "Mullah Nazir militant group") && hasOrg(a, "Mullah Nazir group"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Sadiq Noor rebel group"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Abdul Rashid Ghazi armed group"), a.organizations()::toString);
        assertTrue(people(a).isEmpty(), a.people()::toString);
    }

    @Test
    void aNameAfterBasedIsABodyAndNoPersonWhereverTheCopyNamesIt() {
        ArticleInput a = only("""
                Aid Worker Killed in Attack on Office

                NAIROBI, Kenya — Gunmen killed an aid worker at a Global Witness office in the north on Tuesday, police said. The London-based Global Witness said the worker had been threatened for months. The U.S.-based Open Doors and the Geneva-based Mercy Relief condemned the killing.
                """);
        assertTrue(hasOrg(a, "Global Witness") && hasOrg(a, "Open Doors") && hasOrg(a, "Mercy Relief"), a.organizations()::toString);
        assertTrue(people(a).isEmpty(), a.people()::toString);
    }

    @Test
    void aBodyAfterAPlacesPossessiveIsThatPlacesAndCitiesForcesAreNoBody() {
        ArticleInput a = only("""
                Georgia, Russia Trade Blame Over Border Clash

                TBILISI, Georgia — Georgia and Russia blamed each other on Sunday for a clash on the boundary of South Ossetia. Russia's Defense Ministry said its troops had come under fire. However, Georgia's Defense Ministry said Moscow's forces had opened fire first, after Tskhinvali's troops moved closer to the village.
                """);
        assertTrue(hasOrg(a, "Russia's Defense Ministry"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Georgia's Defense Ministry"), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Moscow") || o.startsWith("Tskhinvali")), a.organizations()::toString);
        assertEquals(2, orgs(a).size(), a.organizations()::toString);
    }

    @Test
    void aUnitOfAKnownBodyNamedByItsFunctionIsABodyOfItsOwn() {
        ArticleInput a = only("""
                Thousands Flee Fighting in the North

                GENEVA — The U.N. refugee agency said on Friday that 20,000 people had fled the fighting in a week. The United Nations food agency said it had begun to fly in supplies, and the Xinhua news agency reported that roads were closed.
                """);
        assertTrue(hasOrg(a, "United Nations refugee agency") && hasOrg(a, "U.N. refugee agency"), a.organizations()::toString);
        assertTrue(hasOrg(a, "United Nations food agency"), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.contains("news agency")), a.organizations()::toString);
    }

    @Test
    void aSchoolIsTheSceneOfTheStoryNoBody() {
        ArticleInput a = only("""
                Student Wounds Two in School Shooting

                DENVER — A student opened fire at Lakeview High School on Monday, wounding two classmates, police said. Pupils of nearby Ridgeway Elementary School were kept inside, and Pine Hill Middle School closed early. Students of the Army Public School in Quetta held a vigil.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.contains("School")), a.organizations()::toString);
        assertTrue(people(a).isEmpty(), a.people()::toString);
    }

    @Test
    void peoplesAreNoPersons() {
        ArticleInput a = only("""
                Rival Rallies Held Across Region

                SARAJEVO — Bosnian Croats held a rally in Mostar on Saturday, while a Bosnian Serb leader spoke in Banja Luka. Rohingya Muslims marked the anniversary of their flight in camps in Bangladesh, and Sri Lankan Tamils gathered in London.
                """);
        assertTrue(people(a).isEmpty(), a.people()::toString);
    }

    @Test
    void aPersonDescribedByATitleOfSeveralWordsWithInitialsOrAfterASheriffIsAPerson() {
        ArticleInput a = only("""
                Charity Says Missing Hiker Found Dead

                MADRID — The body of a missing British hiker was found on Monday, police said. Helen Marsh, chief executive of the charity, said the family had been told. State police chief A.K. Mehta said two men had been held in a separate case, and Marion County Sheriff Tom Keller said his officers had helped in the search.
                """);
        List<String> people = people(a);
        assertTrue(people.contains("Helen Marsh"), people::toString);
        assertTrue(people.contains("A.K. Mehta"), people::toString);
        assertTrue(people.contains("Tom Keller"), people::toString);
        assertEquals(3, people.size(), people::toString);
    }

    @Test
    void aSurnameThatIsACitysNameAfterATitleAndAGivenNameIsAPerson() {
        ArticleInput a = only("""
                Ministers Meet on Security Pact

                SINGAPORE — U.S. Defense Secretary Paul Austin and his Japanese counterpart met on Saturday. Governor Anne Boston said the talks had gone well, and police commissioner Mark Denver told reporters the city was calm. Austin left for Manila on Sunday.
                """);
        List<String> people = people(a);
        assertTrue(people.contains("Paul Austin") && people.contains("Anne Boston") && people.contains("Mark Denver"), people::toString);
        assertEquals(3, people.size(), people::toString);
    }

    @Test
    void aSentenceOpeningNameDescribedByATitleIsAPersonWhateverTheTaggerSays() {
        ArticleInput a = only("""
                Gunmen Raid Town in Central Mali

                BAMAKO, Mali — Gunmen on motorbikes raided a town in central Mali on Sunday, killing four people. Oumar Sangare, governor of the region, told Reuters that the army had been sent. Ousmane Toure, head of the local council, said shops had been burned.
                """);
        List<String> people = people(a);
        assertTrue(people.contains("Oumar Sangare") && people.contains("Ousmane Toure"), people::toString);
    }

    @Test
    void wordsInAnotherScriptAndTheTailOfABodysNameAfterForAreNoPersons() {
        ArticleInput a = only("""
                Ministers Pledge Aid to Region

                WASHINGTON — Ministers of the Atlantic Compact for Green Shipping met on Wednesday and pledged $2 billion. Members of Citizens for Fair Elections protested outside, officials said.

                Sources
                - "Из Донецка уехали тысячи жителей" — Interfax, June 13, 2024 (Russian)
                """);
        assertTrue(people(a).isEmpty(), a.people()::toString);
    }

    @Test
    void aGovernmentOfATwoWordDemonymOrWithItsStandingIsTheCountrysGovernment() {
        ArticleInput a = only("""
                Governments Trade Charges Over Ship Seizure

                SEOUL — The South Korean government said on Monday that it had protested the seizure of a fishing boat. The Somali federal government announced an inquiry into the attack, while the Malian transitional government denied any role, and the Sri Lankan government has said nothing.
                """);
        assertTrue(hasOrg(a, "South Korean government"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Somali federal government"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Malian transitional government"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Sri Lankan government"), a.organizations()::toString);
    }
}
