package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PlaceInput;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.newsgraph.extract.InventedCopy.only;

/**
 * The error classes of the third round's fresh copy (issue 11), each on invented wire-style copy that names no person,
 * body or village of the corpus: a title ending in "U.S." and a republisher's label in another script before the
 * headline; VOA's hyphenated round figures; places named by their dwellers ("residents of X") and by a kind word after
 * an area adjective ("X tribal region"); a country's own name before a force noun; "X-based" before a name; a name that
 * opens a sentence and whose surname the story uses alone; "Secretary" as a title; a party group that is no person;
 * legislatures named in their own language; an election told by voting and a trial told by its verdict; a party's
 * initials after a hyphen ("ZANU-PF") that are no country code.
 */
class UnseenCopyClassesTest {

    @Test
    void aTitleEndingInAnInitialismIsTheHeadline() {
        ArticleInput a = only("""
                Farm Minister: 'Our Grain Exports Depend on the U.S.'

                The farm minister of Moldavia Nova, Petra Lusk, told reporters that grain exports would rise this year.
                """);
        assertEquals("Farm Minister: 'Our Grain Exports Depend on the U.S.'", a.headline());
        assertEquals(HeadlineBasis.STATED, a.headlineBasis());
    }

    @Test
    void aLabelInAnotherScriptIsNoPartOfTheHeadline() {
        ArticleInput a = only("""
                VOA慢速英语:Ferry Sinks Off Southern Coast
                2011-03-02来源:英语网
                A ferry carrying 200 passengers sank off the southern coast on Tuesday, officials said.
                """);
        assertEquals("Ferry Sinks Off Southern Coast", a.headline());
    }

    private static final ArticleInput SLIDE = only("""
            Mudslide Buries Mountain Village in Philippines

            Officials in the Philippines fear most of the 12-hundred residents of Talbanog died when a mudslide buried the village on Friday. Rescuers have recovered 30 bodies so far.

            Separately, a roadside bomb in the Orvani tribal region killed two soldiers, the army said.
            """);

    @Test
    void aHyphenatedRoundFigureIsItsNumber() {
        IncidentInput slide = incidentAt(SLIDE, "Talbanog");
        assertTrue(slide.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED && f.value() == 1200),
                slide.figures()::toString);
    }

    @Test
    void thePlaceItsResidentsAreNamedByIsAPlaceOfTheStory() {
        assertEquals("PH", place(SLIDE, "Talbanog").countryCode());
    }

    @Test
    void aKindWordAfterAnAreaAdjectiveNamesAPlace() {
        assertEquals("PH", place(SLIDE, "Orvani").countryCode());
        assertEquals(2, incidentAt(SLIDE, "Orvani").figures().stream()
                .filter(f -> f.kind() == FigureKind.KILLED).findFirst().orElseThrow().value());
    }

    @Test
    void aCountrysOwnNameBeforeAForceNounIsItsForce() {
        ArticleInput a = only("""
                Police Raid Hideout Near Capital

                Malawi police killed two suspected robbers on Saturday in a raid outside the capital, a spokesman said.
                """);
        OrganizationInput police = org(a, "Malawi police");
        assertEquals("MW", police.countryCode());
    }

    @Test
    void aCountryCodeBeforeAForceNounIsNoCountry() {
        ArticleInput a = only("""
                Peacekeepers Wounded in Ambush

                Two AU troops were wounded when gunmen opened fire on their convoy, officials said.
                """);
        assertTrue(a.organizations().stream().noneMatch(o -> "AU".equals(o.countryCode()) || o.name().startsWith("Australian")),
                a.organizations()::toString);
    }

    @Test
    void aPartysInitialsAfterAHyphenAreNoCountryCode() {
        ArticleInput a = only("""
                Ruling Party Wins Vote

                The ruling MADU-PF party won 140 seats, the election commission said on Friday.
                """);
        assertTrue(a.places().stream().noneMatch(p -> "PF".equals(p.countryCode())), a.places()::toString);
    }

    @Test
    void whereABodyIsBasedIsAPlaceAndNoPartOfItsName() {
        ArticleInput a = only("""
                Governor Criticises Army Over Raid

                The governor, speaking to Accra-based Harbour Radio, said the raid had been careless.
                """);
        org(a, "Harbour Radio");
        assertEquals("GH", place(a, "Accra").countryCode());
    }

    @Test
    void aNameOpeningASentenceIsAPersonWhenTheStoryUsesTheSurnameAlone() {
        ArticleInput a = only("""
                Veteran Leader Starts New Term

                Moscow — Tomas Varga began his third term on Tuesday at a ceremony in the capital. At the ceremony, Varga placed his hand on the constitution.

                Grand Harbour reopened on Monday after repairs.
                """);
        assertTrue(person(a, "Tomas Varga").isPresent(), a.people()::toString);
        assertTrue(person(a, "Grand Harbour").isEmpty(), a.people()::toString);
    }

    @Test
    void secretaryIsATitleAndAPartyGroupIsNoPerson() {
        ArticleInput a = only("""
                Energy Secretary Tours Flooded Plant

                Energy Secretary Lena Ortiz toured the flooded plant on Thursday. Senate Republicans blocked a bill on the repairs.
                """);
        assertTrue(person(a, "Lena Ortiz").isPresent(), a.people()::toString);
        assertTrue(a.people().stream().noneMatch(p -> p.name().contains("Secretary") || p.name().contains("Republicans")),
                a.people()::toString);
    }

    @Test
    void aLegislatureNamedInItsOwnLanguageIsAnOrganization() {
        ArticleInput a = only("""
                Lawmakers Approve Budget

                Members of the Supreme Majlis approved the budget on Wednesday, officials said.
                """);
        org(a, "Supreme Majlis");
    }

    @Test
    void anElectionToldByVotingAndATrialToldByItsVerdictAreEvents() {
        ArticleInput vote = only("""
                Moldovans Choose a Parliament

                Moldovans voted in parliamentary elections on Sunday, with the ruling party expected to keep its majority.
                """);
        EventInput election = event(vote, EventKind.ELECTION);
        assertEquals("Moldova", election.place());
        ArticleInput verdict = only("""
                Former Mayor Jailed for Bribery

                A court has sentenced a former mayor to eight years in prison for taking bribes. The court in Tbilisi found Levan Orbeli guilty on Wednesday.
                """);
        assertEquals("Tbilisi", event(verdict, EventKind.TRIAL).place());
    }

    private static IncidentInput incidentAt(ArticleInput a, String place) {
        return a.incidents().stream().filter(i -> place.equals(i.place())).findFirst()
                .orElseThrow(() -> new AssertionError("no incident at " + place + ": " + a.incidents()));
    }

    private static PlaceInput place(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name) || p.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + ": " + a.places()));
    }

    private static OrganizationInput org(ArticleInput a, String name) {
        return a.organizations().stream().filter(o -> o.name().equals(name) || o.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no organization " + name + ": " + a.organizations()));
    }

    private static Optional<PersonInput> person(ArticleInput a, String name) {
        return a.people().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static EventInput event(ArticleInput a, EventKind kind) {
        return a.events().stream().filter(e -> e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + ": " + a.events()));
    }
}
