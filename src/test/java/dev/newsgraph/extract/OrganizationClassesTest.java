package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organizations wire copy names in shapes the first rules missed, each as a class on invented copy: an acronym whose long
 * name opens with a dotted abbreviation ("U.S. Patrol and Escort (USPE)"), a unit known by its number alone ("the 114
 * Battalion of Kenya's ..."), a known name of two words hyphenated before an affix ("African-Union-backed"), a coalition
 * led by a dotted abbreviation ("the U.S.-led coalition") while "coalition forces" are soldiers, and a body named in lower
 * case after the country it serves ("Kenya's national athletics association"). A country's body acts after a time phrase
 * ("the Sudanese military on Friday denied"), with a verb in the present tense ("the Kenyan army nears the town") and with
 * the verb of a title-case headline ("Ethiopian Government Launches Airstrike", but "Government Forces Clash" are soldiers);
 * a later mention that does not act does not undo that; a body a quote only names is no organization of the story. A
 * known outlet's service in a language is an outlet of its own ("told VOA Somali that"), a demonym that modifies a noun
 * after the outlet names none ("told AFP Somali troops had ..."). A named country's forces that act are a body of that
 * country ("Beninese forces drove ...", "Cameroonian and Nigerian troops recaptured ..." names both); forces that are
 * counted, sent or left something are not. A country of two words owns its body in the possessive ("Burkina Faso's
 * government said").
 */
class OrganizationClassesTest {

    @Test
    void anAcronymOfADottedAbbreviationAUnitsNumberAndAHyphenatedKnownNameAreBodies() {
        ArticleInput a = only("""
                Guards Killed in Ambush on Convoy

                GARISSA, Kenya — Gunmen ambushed a convoy of the private firm U.S. Patrol and Escort (USPE) on Tuesday, killing two guards. Three members of the 114 Battalion of Kenya's paramilitary General Service Unit were wounded in the fighting, police said. The convoy was carrying supplies for an African-Union-backed clinic near the border.
                """);
        assertTrue(hasOrg(a, "U.S. Patrol and Escort") && hasOrg(a, "USPE"), a.organizations()::toString);
        assertTrue(orgs(a).contains("114 Battalion"), a.organizations()::toString);
        assertTrue(hasOrg(a, "African Union"), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Battalion")), a.organizations()::toString);
    }

    @Test
    void aMissionAFundALibraryAndASyndicateAreBodiesNotPeople() {
        ArticleInput a = only("""
                Rights Groups Condemn Arrests of Reporters

                NAIROBI, Kenya — The U.N. Assistance Mission in Somalia said on Monday that two reporters had been held for a week. The National Reporters Syndicate called the arrests illegal, and the Nordic Media Fund said it would pay their lawyers. Gunmen looted Somalia's National Library in March.
                """);
        List<String> people = a.people().stream().map(p -> p.name()).toList();
        assertTrue(people.isEmpty(), people::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.contains("Assistance Mission")), a.organizations()::toString);
        assertTrue(orgs(a).contains("National Reporters Syndicate") && orgs(a).contains("Nordic Media Fund"), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.endsWith("National Library")), a.organizations()::toString);
    }

    @Test
    void aCoalitionLedByADottedAbbreviationIsABodyItsForcesAreSoldiers() {
        ArticleInput a = only("""
                Militants Killed in Raids

                KABUL — The U.S.-led coalition said on Monday that 40 militants had been killed in raids in Helmand province. Separately, a roadside bomb struck a patrol of NATO-led coalition forces near Kandahar.
                """);
        assertTrue(hasOrg(a, "U.S.-led coalition"), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("NATO-led")), a.organizations()::toString);
    }

    @Test
    void aBodyNamedInLowerCaseAfterItsCountryIsABody() {
        ArticleInput a = only("""
                Stadium Gates Were Locked, Officials Say

                NAIROBI — A spokesman for Kenya's national athletics association said on Tuesday that two gates of the stadium were locked when the crowd surged. The association's ethics committee will meet next week.
                """);
        assertTrue(orgs(a).contains("Kenya's national athletics association"), a.organizations()::toString);
    }

    @Test
    void aCountrysBodyActsAfterATimePhraseInThePresentTenseAndInAHeadline() {
        ArticleInput a = only("""
                Ethiopian Government Launches Airstrike on Rebel Town

                ADDIS ABABA — The Kenyan army nears the border town of Mandera, officials said. The Sudanese military on Friday denied that its jets had crossed the border. "We are ready to work with the new Somali government to secure the frontier," the foreign minister said. A spokesman for the Sudanese army in Khartoum declined to comment.
                """);
        for (String name : List.of("Ethiopian government", "Kenyan army", "Sudanese military")) {
            assertTrue(hasOrg(a, name), name + " in " + a.organizations());
        }
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Somali")), a.organizations()::toString);
    }

    @Test
    void aCountrysForcesInAHeadlineAreSoldiers() {
        ArticleInput a = only("""
                Libyan Government Forces Clash With Militia Near Airport

                TRIPOLI — Fighting between two armed groups near the city's airport killed at least six people on Sunday, a hospital official said.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Libyan")), a.organizations()::toString);
    }

    @Test
    void anOutletsServiceInALanguageIsAnOutletOfItsOwn() {
        ArticleInput a = only("""
                Fighters Overrun Army Base

                BAIDOA, Somalia — A district commissioner told VOA Somali on Tuesday that 12 soldiers were killed. Government officials told AFP Somali troops had retaken the base.
                """);
        assertTrue(orgs(a).contains("VOA Somali"), a.organizations()::toString);
        assertTrue(orgs(a).contains("AFP") && !orgs(a).contains("AFP Somali"), a.organizations()::toString);
    }

    @Test
    void aNamedCountrysForcesThatActAreABodyThoseThatUndergoAreNot() {
        ArticleInput a = only("""
                Troops Retake Border Town

                MAIDUGURI, Nigeria — Cameroonian and Nigerian troops recaptured the border town of Gamboru on Sunday, a local official said. Beninese forces drove the fighters from two villages nearby. Four Chadian soldiers were wounded in the fighting. Ghanaian troops were sent to guard the border, and the government is leaving the camps to Malian forces.
                """);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Cameroonian")), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Nigerian")), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Beninese")), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Chadian") || o.startsWith("Ghanaian") || o.startsWith("Malian")),
                a.organizations()::toString);
    }

    @Test
    void aCountryOfTwoWordsOwnsItsBodyInThePossessive() {
        ArticleInput a = only("""
                Curfew Declared After Attack

                OUAGADOUGOU — Burkina Faso's government said on Monday that a curfew would hold in the north. Costa Rica's police arrested two suspects, a spokesman said.
                """);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Burkina") && o.endsWith("government")), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Costa Ric") && o.endsWith("police")), a.organizations()::toString);
    }
}
