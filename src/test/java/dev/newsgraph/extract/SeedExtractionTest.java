package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.MunitionInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PlaceInput;
import dev.newsgraph.draft.RoleInput;
import dev.newsgraph.draft.StatementInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extraction of the seed feeds checked against the facts of /acceptance/seed-graph.json. */
class SeedExtractionTest {

    private static final JsonNode GRAPH = readGraph();

    private static JsonNode readGraph() {
        try {
            return new ObjectMapper().readTree(Seeds.read("/acceptance/seed-graph.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expected(String key) {
        for (JsonNode a : GRAPH.get("articles")) {
            if (a.get("key").asText().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static Map<String, ArticleInput> byKey() {
        return Map.of("rutte", Seeds.rutte(), "balochistan", Seeds.balochistan(), "kharkiv", Seeds.kharkiv());
    }

    @Test
    void headlinesAndFeeds() {
        byKey().forEach((k, a) -> assertEquals(expected(k).get("headline").asText(), a.headline()));
        assertEquals(Seeds.FEED_000, Seeds.rutte().feed());
        assertEquals(Seeds.ARTICLES_000.get(0).paragraphs(), Seeds.ARTICLES_001.get(0).paragraphs());
    }

    @Test
    void expectedPeopleAreFoundWithNoExtras() {
        byKey().forEach((k, a) -> {
            List<String> want = names(expected(k).get("people"));
            List<String> got = a.people().stream().map(PersonInput::name).toList();
            assertEquals(sorted(want), sorted(got), k);
        });
    }

    @Test
    void rolesComeFromTitlesAndAppositions() {
        PersonInput rutte = person(Seeds.rutte(), "Mark Rutte");
        assertTrue(rutte.roles().contains(new RoleInput("Secretary General", "NATO", null, true)));
        assertTrue(rutte.roles().contains(new RoleInput("Prime Minister", null, "NL", false)));
        assertTrue(rutte.aliases().containsAll(List.of("Rutte", "the former Dutch prime minister")));
        assertEquals("US", person(Seeds.rutte(), "Donald Trump").roles().get(0).place());
        assertEquals("RU", person(Seeds.rutte(), "Vladimir Putin").roles().get(0).place());
        RoleInput mayor = person(Seeds.kharkiv(), "Ihor Terekhov").roles().get(0);
        assertEquals("Mayor", mayor.title());
        assertEquals("Kharkiv", mayor.place());
        RoleInput governor = person(Seeds.kharkiv(), "Oleh Syniehubov").roles().get(0);
        assertEquals("Governor", governor.title());
        assertEquals("Kharkiv Oblast", governor.place());
        RoleInput spokesman = person(Seeds.balochistan(), "Shahid Rind").roles().get(0);
        assertEquals("spokesman", spokesman.title());
        assertEquals("Balochistan provincial government", spokesman.organization());
        RoleInput photographer = person(Seeds.balochistan(), "Shahzaib Akber").roles().get(0);
        assertEquals("EPA", photographer.organization());
    }

    @Test
    void expectedOrganizationsAreFound() {
        byKey().forEach((k, a) -> {
            List<String> got = a.organizations().stream().map(OrganizationInput::name).toList();
            for (String want : names(expected(k).get("organizations"))) {
                assertTrue(got.contains(want), k + ": " + want + " not in " + got);
            }
        });
        OrganizationInput bla = org(Seeds.balochistan(), "Baloch Liberation Army");
        assertEquals(List.of("BLA"), bla.aliases());
        assertEquals(OrganizationKind.ARMED_GROUP, bla.kind());
        assertEquals("PK", bla.countryCode());
        assertEquals(OrganizationKind.MILITARY, org(Seeds.balochistan(), "Pakistani army").kind());
        assertEquals("IN", org(Seeds.balochistan(), "Indian foreign ministry").countryCode());
        assertEquals(OrganizationKind.UNIVERSITY, org(Seeds.rutte(), "Warsaw School of Economics").kind());
        assertEquals(OrganizationKind.ALLIANCE, org(Seeds.rutte(), "NATO").kind());
        assertEquals(OrganizationKind.PLATFORM, org(Seeds.kharkiv(), "Telegram").kind());
    }

    @Test
    void expectedPlacesWithKindAndCountry() {
        byKey().forEach((k, a) -> {
            Map<String, PlaceInput> got = a.places().stream().collect(Collectors.toMap(PlaceInput::name, p -> p));
            for (JsonNode want : expected(k).get("places")) {
                PlaceInput p = got.get(want.get("name").asText());
                assertNotNull(p, k + ": missing place " + want.get("name").asText() + " in " + got.keySet());
                assertEquals(want.get("kind").asText().toUpperCase(), p.kind().name(), p.name());
                if (want.has("country")) {
                    assertEquals(want.get("country").asText(), p.countryCode(), p.name());
                }
            }
        });
        PlaceInput kharkiv = place(Seeds.kharkiv(), "Kharkiv");
        assertEquals("Kharkiv Oblast", kharkiv.parent());
        assertEquals(49.98, kharkiv.latitude(), 0.1);
        assertTrue(place(Seeds.rutte(), "United States").aliases().containsAll(List.of("Washington", "America", "Uncle Sam")));
        assertTrue(place(Seeds.balochistan(), "Pakistan").aliases().contains("Islamabad"));
        assertTrue(place(Seeds.balochistan(), "India").aliases().contains("New Delhi"));
        assertTrue(place(Seeds.balochistan(), "China").aliases().contains("Beijing"));
        assertTrue(place(Seeds.rutte(), "Netherlands").aliases().contains("Dutch"));
    }

    @Test
    void everyExpectedQuoteHasItsSpeaker() {
        byKey().forEach((k, a) -> {
            for (JsonNode q : expected(k).get("quotes")) {
                StatementInput s = statement(a, StatementKind.QUOTE, q.get("text").asText())
                        .orElseThrow(() -> new AssertionError(k + ": quote not found: " + q.get("text").asText()));
                assertEquals(q.get("speaker").asText(), s.speaker(), s.text());
                if (q.has("channel")) {
                    assertEquals(q.get("channel").asText(), s.channel());
                }
            }
        });
        assertEquals("statement", statement(Seeds.balochistan(), StatementKind.QUOTE, "India is now doubling down")
                .orElseThrow().channel());
    }

    @Test
    void partialQuotesAndReportedSpeech() {
        for (JsonNode q : expected("rutte").get("partialQuotes")) {
            StatementInput s = statement(Seeds.rutte(), StatementKind.PARTIAL_QUOTE, q.get("text").asText()).orElseThrow();
            assertEquals("Mark Rutte", s.speaker());
        }
        assertEquals("Naveed Alam", statement(Seeds.balochistan(), StatementKind.REPORTED, "the bodies with bullet wounds").orElseThrow().speaker());
        assertEquals("Shahid Rind", statement(Seeds.balochistan(), StatementKind.REPORTED, "the passengers were seized").orElseThrow().speaker());
        assertEquals("Shahid Rind", statement(Seeds.balochistan(), StatementKind.REPORTED, "Security forces foiled").orElseThrow().speaker());
        assertEquals("India", statement(Seeds.balochistan(), StatementKind.REPORTED, "accusations by Islamabad").orElseThrow().speaker());
        assertEquals("Donald Trump", statement(Seeds.rutte(), StatementKind.REPORTED, "members of the NATO alliance").orElseThrow().speaker());
        assertEquals("Ukrainian military", statement(Seeds.kharkiv(), StatementKind.REPORTED, "Russia launched 206 drones").orElseThrow().speaker());
        assertEquals("Oleh Syniehubov", statement(Seeds.kharkiv(), StatementKind.REPORTED, "one of the city's civilian").orElseThrow().speaker());
        StatementInput warned = statement(Seeds.rutte(), StatementKind.REPORTED, "the United States and Europe").orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 26), warned.saidOn());
        assertEquals("Warsaw School of Economics",
                statement(Seeds.rutte(), StatementKind.REPORTED, "the US needed European countries").orElseThrow().venue());
    }

    @Test
    void publicationDates() {
        assertEquals(LocalDate.of(2025, 3, 26), Seeds.rutte().publishedOn());
        assertEquals(DateBasis.CAPTION_AND_WEEKDAY, Seeds.rutte().dateBasis());
        assertEquals(LocalDate.of(2025, 6, 7), Seeds.kharkiv().publishedOn());
        assertEquals(DateBasis.CAPTION_AND_WEEKDAY, Seeds.kharkiv().dateBasis());
        assertNull(Seeds.balochistan().publishedOn());
        assertEquals(DateBasis.UNKNOWN, Seeds.balochistan().dateBasis());
        assertEquals(LocalDate.of(2025, 7, 3), Seeds.balochistan().notBefore());
        assertEquals("Warsaw", Seeds.rutte().dateline());
        assertEquals("Kharkiv", Seeds.kharkiv().dateline());
        assertEquals("Balochistan", Seeds.balochistan().dateline());
        assertEquals("Reuters", Seeds.balochistan().source());
        assertEquals("Reuters", Seeds.kharkiv().source());
        assertTrue(Seeds.balochistan().photos().get(0).filePhoto());
        assertEquals("Shahzaib Akber", Seeds.balochistan().photos().get(0).photographer());
    }

    @Test
    void rutteArticleHasNoIncidents() {
        assertTrue(Seeds.rutte().incidents().isEmpty());
    }

    @Test
    void kharkivIncidentsWithFiguresMunitionsAndSubIncident() {
        List<IncidentInput> incidents = Seeds.kharkiv().incidents();
        IncidentInput main = incidents.get(0);
        assertEquals(IncidentType.AIR_DRONE_STRIKE, main.type());
        assertEquals("Kharkiv", main.place());
        assertEquals(LocalDate.of(2025, 6, 7), main.occurredOn());
        assertTrue(main.figures().contains(new FigureInput(FigureKind.KILLED, 3, true, "Ihor Terekhov", null, null, false)));
        FigureInput injured = figure(main, FigureKind.INJURED);
        assertEquals(22, injured.value());
        assertTrue(injured.note().contains("baby"));
        assertEquals("Russia", main.actors().get(0).entity());
        IncidentInput plant = incidents.stream().filter(i -> main.key().equals(i.partOf())).findFirst().orElseThrow();
        assertEquals(List.of(new MunitionInput("drone", 40, false), new MunitionInput("missile", 1, false),
                new MunitionInput("bomb", 4, false)), plant.munitions());
        IncidentInput overnight = incidents.stream().filter(i -> "Ukraine".equals(i.place())).findFirst().orElseThrow();
        assertEquals(List.of(new MunitionInput("drone", 206, false), new MunitionInput("ballistic missile", 2, false),
                new MunitionInput("missile", 7, false)), overnight.munitions());
        assertEquals(10, figure(overnight, FigureKind.LOCATIONS_HIT).value());
        assertTrue(overnight.figures().stream().anyMatch(f -> f.kind() == FigureKind.INTERCEPTED && f.value() == 87));
    }

    @Test
    void balochistanIncidents() {
        List<IncidentInput> incidents = Seeds.balochistan().incidents();
        IncidentInput bus = incidents.get(0);
        assertEquals(IncidentType.ABDUCTION, bus.type());
        assertEquals("Balochistan", bus.place());
        assertEquals(9, figure(bus, FigureKind.KILLED).value());
        assertEquals(9, figure(bus, FigureKind.KIDNAPPED).value());
        assertEquals("armed men", bus.actors().get(0).description());
        IncidentInput train = incidents.stream().filter(i -> i.type() == IncidentType.HOSTAGE_TAKING).findFirst().orElseThrow();
        assertEquals(new FigureInput(FigureKind.HOSTAGES, 400, true, null, null, null, false), figure(train, FigureKind.HOSTAGES));
        assertEquals(31, figure(train, FigureKind.KILLED).value());
        assertEquals("Baloch Liberation Army", train.actors().get(0).entity());
        assertEquals(LocalDate.of(2025, 3, 1), train.occurredOn());
        IncidentInput foiled = incidents.stream().filter(i -> i.type() == IncidentType.FOILED_ATTACK).findFirst().orElseThrow();
        assertEquals(3, figure(foiled, FigureKind.ATTACKS).value());
        assertEquals("Shahid Rind", figure(foiled, FigureKind.ATTACKS).reportedBy());
        IncidentInput clash = incidents.stream().filter(i -> i.type() == IncidentType.ARMED_CLASH).findFirst().orElseThrow();
        assertEquals(2, clash.actors().size());
    }

    // ---------------------------------------------------------------- helpers

    static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    static PersonInput person(ArticleInput a, String name) {
        return a.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    static OrganizationInput org(ArticleInput a, String name) {
        return a.organizations().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    static PlaceInput place(ArticleInput a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    static Optional<StatementInput> statement(ArticleInput a, StatementKind kind, String textStart) {
        return a.statements().stream().filter(s -> s.kind() == kind && s.text().startsWith(textStart)).findFirst();
    }

    static FigureInput figure(IncidentInput i, FigureKind kind) {
        return i.figures().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow(() -> new AssertionError(kind));
    }

    @Test
    void placeKindsAreGazetteerKinds() {
        assertEquals(PlaceKind.SEA, place(Seeds.balochistan(), "Arabian Sea").kind());
        assertEquals(PlaceKind.PROVINCE, place(Seeds.balochistan(), "Punjab").kind());
        assertEquals("PK", place(Seeds.balochistan(), "Punjab").countryCode());
    }
}
