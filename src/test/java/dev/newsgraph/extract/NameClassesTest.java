package dev.newsgraph.extract;

import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsgraph.extract.InventedCopy.people;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.newsgraph.extract.InventedCopy.only;

/**
 * Issue 11's classes of names on real copy, each on invented wire-style copy: capitalised runs that are buildings,
 * storms, operations, vessels or the tail of a longer name rather than people; outlets named by a lower-case label or a
 * masthead word; a district named after a possessive city in that city's country; an unnamed spokesman who speaks for
 * the body he was introduced with; "she said" after an unnamed source; "state media" that names no state; a position
 * word that opens a body's name; a title before a title-case headline verb; the rest of a run that a common word opens; "the ward chief" after "Ward
 * chief X"; "the resident" after "Another resident".
 */
class NameClassesTest {

    private static StatementInput quote(ArticleInput a, String fragment) {
        return a.statements().stream().filter(s -> s.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + fragment + ": " + a.statements()));
    }

    @Test
    void buildingsStormsAndOperationsAreNoPeople() {
        ArticleInput a = only("""
                Floods Hit Coastal Towns

                Rain brought by Storm Velina flooded the Corvath Medical Center and the streets around Miravel Avenue on Sunday, officials said. The president met rescuers at State House, and the army launched Operation Tidal Shield to reach cut-off villages. Teodor Balan, a volunteer, said he had never seen such water.
                """);
        assertEquals(List.of("Teodor Balan"), people(a));
    }

    @Test
    void theTailOfALongerNameIsNoPerson() {
        ArticleInput a = only("""
                Rival Governments Trade Blame

                The Government of National Renewal rejected the report on Monday. Divers searched the MV Ocean Pearl, which sank near the harbour, and Lidia Marek, a diver, said the hull was intact.
                """);
        assertEquals(List.of("Lidia Marek"), people(a));
    }

    @Test
    void aNameLabelledAsAnOutletIsAnOutlet() {
        ArticleInput a = only("""
                Mayor Resigns Over Bridge Collapse

                The mayor told the Song Bien newspaper on Tuesday that he would step down. The Lakeshore Herald said inspectors had warned of cracks. Moldovan television showed the wreck.
                """);
        assertTrue(a.organizations().stream().anyMatch(o -> o.name().equals("Song Bien") && o.kind() == OrganizationKind.NEWS_AGENCY),
                a.organizations()::toString);
        assertTrue(a.organizations().stream().anyMatch(o -> o.name().equals("Lakeshore Herald")), a.organizations()::toString);
        assertTrue(a.organizations().stream().noneMatch(o -> o.name().startsWith("Moldovan")), a.organizations()::toString);
        assertTrue(people(a).isEmpty(), a.people()::toString);
    }

    @Test
    void aDistrictOfAPossessiveCityIsInThatCitysCountry() {
        ArticleInput a = only("""
                Russian Drones Hit Homes

                Russian drones struck homes in Kharkiv's Zoriantsi district overnight, Russian media said. Russia said it hit military targets, and Russian officials denied striking homes in Russia's border areas.
                """);
        assertEquals("UA", a.places().stream().filter(p -> p.name().equals("Zoriantsi")).findFirst()
                .orElseThrow(() -> new AssertionError(a.places().toString())).countryCode());
    }

    @Test
    void anUnnamedSpokesmanSpeaksForTheBodyHeWasIntroducedWith() {
        ArticleInput a = only("""
                Gunmen Attack Border Post

                Gunmen attacked a border post on Friday, killing three guards, officials said.

                A spokesman for the Harbour Guard said troops had sealed the area. "We will find them," the spokesman said.
                """);
        assertEquals("Harbour Guard", quote(a, "We will find them").speaker());
    }

    @Test
    void sheSaidAfterAnUnnamedSourceIsThatSource() {
        ArticleInput a = only("""
                Bus Crash Kills Nine

                A bus carrying pilgrims overturned on a mountain road on Sunday, killing nine people, said district official Arjun Pathak. "The road was wet," Pathak said.

                A woman who was on the bus told reporters the driver was speeding. "Everyone was screaming," she said.
                """);
        StatementInput q = quote(a, "Everyone was screaming");
        assertNull(q.speaker());
        assertEquals("A woman who was on the bus", q.speakerDescription());
    }

    @Test
    void whatTheStateOwnsNamesNoStateAndAPositionWordOpensABodysName() {
        ArticleInput a = only("""
                Strike Hits Market

                SANAA — An airstrike killed 14 people in a market in Yemen on Tuesday, officials said. Tarvani state media denied the claim, and the Northern Unity Council said it was not involved.
                """);
        assertTrue(a.places().stream().noneMatch(p -> p.name().equals("Tarvani")), a.places()::toString);
        assertTrue(a.organizations().stream().anyMatch(o -> o.name().equals("Northern Unity Council")), a.organizations()::toString);
    }

    @Test
    void aTitleBeforeATitleCaseHeadlineVerbMakesNoPerson() {
        ArticleInput a = only("""
                Opposition Leader Detained Outside Capital

                Police detained the leader of the Valen Party, Corin Adeyemi, on Monday, his lawyer said.
                """);
        assertEquals(List.of("Corin Adeyemi"), people(a));
    }

    @Test
    void theRestOfARunOpenedByACommonWordNeedsTheEvidenceOfAnOpeningName() {
        ArticleInput a = only("""
                Militia Deployed in Capital

                Green Rivers Matter activists marched on Friday. Local Harbour Unit fighters were deployed too, said Marta Oyelaran, a local official. Oyelaran said the night was calm.
                """);
        assertEquals(List.of("Marta Oyelaran"), people(a));
    }

    @Test
    void theWordsThatIntroducedAPersonLaterNameThem() {
        ArticleInput a = only("""
                Landslide Buries Homes

                A landslide buried 12 houses in a hill village on Friday, police said. Ward chief Tamar Oskarov said rescuers were digging by hand. "We have found eight bodies," the ward chief told reporters.
                """);
        assertEquals("Tamar Oskarov", quote(a, "We have found eight bodies").speaker());
    }

    @Test
    void theNounOfAnUnnamedSourceLaterNamesThatSource() {
        ArticleInput a = only("""
                Landslide Buries Homes

                A landslide buried 12 houses in a hill village on Friday, said district official Tamar Oskarov. "Rescuers are digging by hand," Oskarov said.

                Another resident said the landslide struck at dawn. "We heard a loud noise," the resident said.
                """);
        StatementInput q = quote(a, "We heard a loud noise");
        assertNull(q.speaker());
        assertEquals("Another resident", q.speakerDescription());
    }

    @Test
    void aNameWithoutItsMiddleInitialIsTheSamePerson() {
        ArticleInput a = only("""
                Leaders Open Summit on Trade

                The summit was launched at a press conference with U.S. President Jane Q. Example and the prime minister of Japan.

                Example met with, among others, the president of Russia. Afterwards Example called the meeting long and useful.

                Jane Example meeting with the president of Tanzania earlier today
                """);
        assertEquals(1, a.people().stream().filter(p -> p.name().contains("Example")).count(), a.people()::toString);
    }
}
