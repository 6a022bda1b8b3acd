package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import static dev.newsgraph.extract.InventedCopy.hasOrg;
import static dev.newsgraph.extract.InventedCopy.only;
import static dev.newsgraph.extract.InventedCopy.orgs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes of bodies' names that unseen copy brought, each in invented phrasings: a mission's name runs on through the
 * country it serves ("the European Union Training Mission in Mali"); an acronym in brackets that spells a name by
 * syllables ("(EUTRAMI)") is that name's; an acronym hyphenated as a script spells it out ("UNI-CEF", "U-N-H-C-R") is
 * the known body; a body a place's possessive names keeps its own name too ("Peru's Evangelical Lutheran church");
 * a preposition before "office" is no function of a body ("since Garcia came into office"); "the country's Senate" is
 * the state's; a seat of government named only as where someone is ("at the White House") is no body; an acronym of the
 * name in its own language ("PDK") is the translated name's body; a body named by function after its full name is that
 * body; and a country's forces act after an aside between commas and speak through their sources.
 */
class OrganizationUnseenShapesClassesTest {

    @Test
    void aMissionsNameRunsOnThroughTheCountryItServes() {
        ArticleInput a = only("""
                Convoy Attacked Near Base

                BAMAKO — Gunmen attacked a convoy near Gao on Monday. The European Union Training Mission in Mali said two vehicles were damaged, and the Arab League Observer Mission in Libya condemned a separate attack.
                """);
        assertTrue(hasOrg(a, "European Union Training Mission in Mali"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Arab League Observer Mission in Libya"), a.organizations()::toString);
    }

    @Test
    void anAcronymSpellingANameBySyllablesIsThatNames() {
        ArticleInput a = only("""
                Shells Land Near Airport

                NIAMEY — Two shells landed near the headquarters of the African Union Stabilisation Mission in Niger (AUSTANIG) on Tuesday. A spokesman for the Regional Monitoring Committee (REMOCO) said nobody was hurt.
                """);
        assertTrue(a.organizations().stream().anyMatch(o -> o.name().equals("African Union Stabilisation Mission in Niger")
                && o.aliases().contains("AUSTANIG")), a.organizations()::toString);
        assertTrue(a.organizations().stream().anyMatch(o -> o.name().equals("Regional Monitoring Committee")
                && o.aliases().contains("REMOCO")), a.organizations()::toString);
    }

    @Test
    void anAcronymHyphenatedAsAScriptSpellsItIsTheKnownBody() {
        ArticleInput a = only("""
                Drought Threatens Millions

                Aid groups say millions face hunger after the rains failed. And UNI-CEF is sending food for children, while the W-H-O warned of cholera.
                """);
        assertTrue(hasOrg(a, "UNICEF"), a.organizations()::toString);
        assertTrue(hasOrg(a, "World Health Organization"), a.organizations()::toString);
    }

    @Test
    void aBodyAPlacesPossessiveNamesKeepsItsOwnName() {
        ArticleInput a = only("""
                Bishop Dies at 90

                The head of Peru’s Evangelical Lutheran church has died, and Chile's Anglican church said it would send a delegation.
                """);
        assertTrue(hasOrg(a, "Evangelical Lutheran church"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Anglican church"), a.organizations()::toString);
    }

    @Test
    void aVerbOrPrepositionBeforeOfficeIsNoFunctionOfABody() {
        ArticleInput a = only("""
                Rebels Kill Six Soldiers

                BOGOTA — Rebels killed six soldiers on Sunday, the worst attack since Garcia came into office. Moreno went back to office on Monday, and the agency said Lopez moved into office last year.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.endsWith("office")), a.organizations()::toString);
    }

    @Test
    void theCountrysLegislatureNamedByItsOneWordIsTheStates() {
        ArticleInput a = only("""
                Former Rebel Chief Elected President

                NAIROBI — The former rebel leader was elected president unopposed by the country's Senate on Friday, and the nation's Parliament approved his cabinet.
                """);
        assertTrue(hasOrg(a, "Senate"), a.organizations()::toString);
        assertTrue(hasOrg(a, "Parliament"), a.organizations()::toString);
    }

    @Test
    void aSeatOfGovernmentNamedOnlyAsWhereSomeoneIsIsNoBody() {
        ArticleInput a = only("""
                President Vows Action on Prices

                The president told reporters at the White House on Monday that fuel prices would fall. Protesters gathered outside the Kremlin.
                """);
        assertFalse(hasOrg(a, "White House") || hasOrg(a, "Kremlin"), a.organizations()::toString);
        ArticleInput b = only("""
                Sanctions Widened

                The White House said on Monday it would widen sanctions, a day after protesters gathered outside the Kremlin. The Kremlin called the move hostile.
                """);
        assertTrue(hasOrg(b, "White House") && hasOrg(b, "Kremlin"), b.organizations()::toString);
    }

    @Test
    void anAcronymOfTheNameInItsOwnLanguageIsTheTranslatedNamesBody() {
        ArticleInput a = only("""
                Ruling Party Wins Vote

                PRISTINA — The ruling PDK party won 60 percent of the vote on Sunday. The Kosovar Democratic Party said it would form a government, and the People's Movement for the Liberation of Tarsia conceded.
                """);
        assertTrue(a.organizations().stream().anyMatch(o -> o.name().equals("PDK") && o.aliases().contains("Kosovar Democratic Party")),
                a.organizations()::toString);
        assertTrue(hasOrg(a, "People's Movement for the Liberation of Tarsia"), a.organizations()::toString);
    }

    @Test
    void aBodyNamedByFunctionAfterItsFullNameIsThatBody() {
        ArticleInput a = only("""
                Opposition Rejects Results

                ABUJA — The Independent National Electoral Commission announced the results on Monday. Nigeria's electoral commission said turnout was 35 percent. In Lilongwe, the Malawi Human Rights Commission urged calm, and Malawi's human rights commission later said it had received complaints.
                """);
        assertFalse(orgs(a).stream().anyMatch(o -> o.endsWith("electoral commission") || o.endsWith("human rights commission")),
                a.organizations()::toString);
        assertTrue(hasOrg(a, "Independent National Electoral Commission") && hasOrg(a, "Malawi Human Rights Commission"),
                a.organizations()::toString);
    }

    @Test
    void aCountrysForcesActAfterAnAsideBetweenCommas() {
        ArticleInput a = only("""
                Offensive Launched in the North

                KUNDUZ — Officials say Iraqi forces, supported by coalition aircraft, have retaken two villages. Nigerian troops, backed by local vigilantes, launched a raid on Tuesday.
                """);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Iraqi")), a.organizations()::toString);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Nigerian")), a.organizations()::toString);
    }

    @Test
    void aCountrysForcesSpeakThroughTheirSources() {
        ArticleInput a = only("""
                Militants Killed in Raid

                PESHAWAR — Indian army sources said 12 militants were killed. A drawdown of Kenyan military advisers was announced.
                """);
        assertTrue(orgs(a).stream().anyMatch(o -> o.startsWith("Indian")), a.organizations()::toString);
        assertFalse(orgs(a).stream().anyMatch(o -> o.startsWith("Kenyan")), a.organizations()::toString);
    }
}
