package dev.newsgraph.extract;

import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.PlaceInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invented wire-style copy, not from the seeds, to show the rules are general. */
class GeneralityTest {

    private static final String FEED = """
            Suicide Bombing at Market in Nigeria's Maiduguri Kills 12, Police Say

            People gather at the scene of the blast in Maiduguri, Nigeria, on May 6, 2024. (Reuters)
            People gather at the scene of the blast in Maiduguri, Nigeria, on May 6, 2024. (Reuters)

            A suicide bomber blew himself up at a crowded market in the northeastern Nigerian city of Maiduguri on Monday, killing at least 12 people and wounding 40, police spokesman Ahmed Bello said.

            "The attacker detonated explosives in the middle of the crowd," Bello told reporters. "Many of the wounded are in critical condition."

            Borno state governor Babagana Zulum said the Islamic State West Africa Province (ISWAP) was suspected of carrying out the attack.

            The Nigerian army said it had arrested 5 suspects near the market.
            """;

    private static final ArticleInput ARTICLE = new ArticleExtractor().extract(FEED, "invented").get(0);

    @Test
    void datesFromCaptionAndWeekday() {
        assertEquals(LocalDate.of(2024, 5, 6), ARTICLE.publishedOn());
        assertEquals(DateBasis.CAPTION_AND_WEEKDAY, ARTICLE.dateBasis());
    }

    @Test
    void peopleWithRoles() {
        assertTrue(ARTICLE.people().stream().anyMatch(p -> p.name().equals("Ahmed Bello")
                && p.roles().stream().anyMatch(r -> r.title().equals("spokesman"))));
        assertTrue(ARTICLE.people().stream().anyMatch(p -> p.name().equals("Babagana Zulum")
                && p.roles().stream().anyMatch(r -> r.title().equals("Governor") && "Borno State".equals(r.place()))));
    }

    @Test
    void placesResolvedAgainstTheGazetteer() {
        PlaceInput city = ARTICLE.places().stream().filter(p -> p.name().equals("Maiduguri")).findFirst().orElseThrow();
        assertEquals(PlaceKind.CITY, city.kind());
        assertEquals("NG", city.countryCode());
        assertTrue(ARTICLE.places().stream().anyMatch(p -> p.name().equals("Nigeria") && p.kind() == PlaceKind.COUNTRY));
    }

    @Test
    void organizationsFromAcronymsAndDemonyms() {
        assertTrue(ARTICLE.organizations().stream().anyMatch(o -> o.name().equals("Islamic State West Africa Province")
                && o.aliases().contains("ISWAP") && o.kind() == OrganizationKind.ARMED_GROUP));
        assertTrue(ARTICLE.organizations().stream().anyMatch(o -> o.name().equals("Nigerian army")
                && "NG".equals(o.countryCode())));
        assertTrue(ARTICLE.organizations().stream().anyMatch(o -> o.name().equals("Reuters")));
    }

    @Test
    void quotesAndContinuedQuotes() {
        List<StatementInput> quotes = ARTICLE.statements().stream().filter(s -> s.kind() == StatementKind.QUOTE).toList();
        assertEquals(2, quotes.size());
        assertTrue(quotes.stream().allMatch(q -> "Ahmed Bello".equals(q.speaker())));
        assertEquals("news conference", quotes.get(0).channel());
    }

    @Test
    void incidentWithExactPlaceAndFigures() {
        IncidentInput main = ARTICLE.incidents().get(0);
        assertEquals(IncidentType.BOMBING, main.type());
        assertEquals("Maiduguri", main.place());
        assertEquals(LocalDate.of(2024, 5, 6), main.occurredOn());
        assertTrue(main.figures().contains(new FigureInput(FigureKind.KILLED, 12, true, "Ahmed Bello", null, null, false)));
        assertTrue(main.figures().stream().anyMatch(f -> f.kind() == FigureKind.INJURED && f.value() == 40));
    }

    @Test
    void figureParserNumberWordsAndQualifiers() {
        FigureParser p = new FigureParser();
        assertTrue(p.figures("Gunmen killed twenty-one villagers overnight").contains(
                new FigureParser.Figure(FigureKind.KILLED, 21, false, null)));
        assertTrue(p.figures("the blast left more than 30 dead").contains(
                new FigureParser.Figure(FigureKind.KILLED, 30, true, null)));
        assertTrue(p.figures("at least 7 people were injured in the crash").contains(
                new FigureParser.Figure(FigureKind.INJURED, 7, true, null)));
        assertEquals(List.of(new FigureParser.Munition("drone", 12), new FigureParser.Munition("cruise missile", 3)),
                p.munitions("Moscow launched 12 drones and 3 cruise missiles overnight"));
    }

    @Test
    void homonymsSettledByContext() {
        String feed = """
                Police Disperse Protest in Punjab After Election Row

                Protesters clash with police in Lahore, Pakistan, on August 2, 2024. (AFP)

                Police in Pakistan's most populous province of Punjab fired tear gas at protesters in Lahore on Friday, officials said.
                """;
        ArticleInput a = new ArticleExtractor().extract(feed, null).get(0);
        PlaceInput punjab = a.places().stream().filter(p -> p.name().equals("Punjab")).findFirst().orElseThrow();
        assertEquals("PK", punjab.countryCode());
        assertEquals(DateBasis.CAPTION_AND_WEEKDAY, a.dateBasis());
    }

    @Test
    void capitalStandsForItsGovernment() {
        String feed = """
                Talks Stall as Moscow Rejects Proposal From Washington

                Delegates arrive for the talks in Geneva, Switzerland, on March 3, 2024. (AFP)

                Moscow rejected a proposal from Washington on Sunday, the foreign ministry said, while Paris urged both sides to keep talking in Geneva.
                """;
        ArticleInput a = new ArticleExtractor().extract(feed, null).get(0);
        assertTrue(a.places().stream().anyMatch(p -> p.name().equals("Russia") && p.aliases().contains("Moscow")));
        assertTrue(a.places().stream().anyMatch(p -> p.name().equals("France") && p.aliases().contains("Paris")));
        assertTrue(a.places().stream().anyMatch(p -> p.name().equals("Switzerland")));
    }

    @Test
    void aCommonNounOpeningTheSentenceIsNotPartOfTheName() {
        String feed = """
                Floods Kill 30 in Eastern Congo

                Residents wade through floodwater in Bukavu, Congo, on April 3, 2024. (Reuters)

                Heavy rain flooded the eastern Congolese city of Bukavu on Wednesday, killing at least 30 people.

                Survivors Amani Bisimwa and Neema Furaha told reporters their homes were swept away.

                Rescuers Pierre Lwaboshi said more bodies were expected.
                """;
        List<String> people = new ArticleExtractor().extract(feed, null).get(0).people().stream()
                .map(dev.newsgraph.draft.PersonInput::name).toList();
        assertTrue(people.containsAll(List.of("Amani Bisimwa", "Neema Furaha", "Pierre Lwaboshi")), people::toString);
        assertTrue(people.stream().noneMatch(p -> p.startsWith("Survivors") || p.startsWith("Rescuers")), people::toString);
    }
}
