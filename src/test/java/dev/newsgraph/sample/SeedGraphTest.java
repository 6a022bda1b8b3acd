package dev.newsgraph.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance spec: the sample data, which the service loads by extracting the two raw seed feeds, must be the
 * graph of {@code acceptance/seed-graph.json}, checked fact by fact over GraphQL. Every expectation is read from
 * that file; other tests may add articles to the same database, so the checks look at the seed feeds' articles.
 */
@QuarkusTest
class SeedGraphTest {
    static final Set<String> SEED_FEEDS = Set.of("000_66e58680fba12932.txt", "001_2f4055bd3e4f31fc.txt");
    /** The spec's words for incident types, in the API's taxonomy. */
    static final Map<String, String> INCIDENT_TYPES = Map.of(
            "air/drone strike", "AIR_DRONE_STRIKE",
            "abduction and killing", "ABDUCTION",
            "foiled attacks", "FOILED_ATTACK",
            "hostage taking", "HOSTAGE_TAKING",
            "armed clash", "ARMED_CLASH");

    static final String ENTITY = "id name aliases";
    static final String ARTICLES = """
            {
              articles(first: 100) {
                nodes {
                  id headline publishedOn notBefore
                  dateline { name countryCode }
                  source { name }
                  feeds { name }
                  photos { caption credit takenOn filePhoto place { name } agency { name } photographer { name } }
                  people { %1$s roles { title current organization { name } place { name countryCode } } }
                  organizations { %1$s kind countryCode }
                  places { %1$s kind countryCode parent { name } }
                  statements { kind text channel saidOn speaker { __typename name } }
                  incidents {
                    id type title occurredOn datePrecision killed killedAtLeast injured injuredAtLeast
                    place { name countryCode }
                    partOf { id place { name } }
                    figures { kind value atLeast reportedBy { name } }
                    munitions { weapon quantity }
                    perpetrators { description entity { %1$s } }
                  }
                }
              }
            }""".formatted(ENTITY);

    /** The events of the articles, asked apart: with them the articles query would pass the complexity limit. */
    static final String EVENTS = """
            {
              articles(first: 100) {
                nodes {
                  headline
                  feeds { name }
                  events {
                    kind title occurredOn datePrecision
                    place { name countryCode }
                    venue { name }
                    participants { __typename name }
                    statements { text speaker { name } }
                    articles { headline }
                  }
                }
              }
            }""";

    static JsonPath spec;
    static Map<String, Map<String, Object>> served;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("acceptance/seed-graph.json")) {
            assertNotNull(in, "acceptance/seed-graph.json is on the test classpath");
            spec = JsonPath.from(in);
        }
    }

    /** The served articles of the seed feeds, by headline. */
    static Map<String, Map<String, Object>> served() {
        if (served == null) {
            List<Map<String, Object>> all = GraphQLClient.data(ARTICLES).getList("articles.nodes");
            served = all.stream()
                    .filter(article -> list(article, "feeds").stream().anyMatch(feed -> SEED_FEEDS.contains(feed.get("name"))))
                    .collect(Collectors.toMap(article -> (String) article.get("headline"), article -> article));
        }
        return served;
    }

    static List<Map<String, Object>> specArticles() {
        return spec.getList("articles");
    }

    static Map<String, Object> servedFor(Map<String, Object> expected) {
        Map<String, Object> article = served().get(expected.get("headline"));
        assertNotNull(article, "no served article with headline " + expected.get("headline") + "; served: " + served().keySet());
        return article;
    }

    @Test
    void theTwoFeedsHoldThreeArticlesWithTheirFeedsDatesAndDatelines() {
        assertEquals(specArticles().stream().map(a -> a.get("headline")).collect(Collectors.toSet()), served().keySet(),
                "3 articles, not 4: the Rutte article of both feeds is one article");
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            String key = (String) expected.get("key");
            Set<Object> feeds = list(article, "feeds").stream().map(feed -> feed.get("name")).collect(Collectors.toSet());
            assertTrue(feeds.containsAll(strings(expected, "inFeeds")), key + ": feeds " + feeds);
            assertEquals(expected.get("date"), article.get("publishedOn"), key + ": publication date");
            if (expected.get("date") == null) {
                assertNotNull(article.get("notBefore"), key + ": an undated story keeps the bound the text gives");
            }
            String dateline = ((String) expected.get("dateline")).split(",")[0];
            assertEquals(dateline, name(article.get("dateline")), key + ": dateline");
            if (expected.get("source") != null) {
                assertEquals(expected.get("source"), name(article.get("source")), key + ": source");
            }
        }
    }

    @Test
    void photosKeepCaptionCreditAgencyPlaceAndWhetherTheyAreFilePhotos() {
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            for (Map<String, Object> photo : list(expected, "photos")) {
                String what = expected.get("key") + " photo " + photo.get("credit");
                Map<String, Object> match = one(list(article, "photos"), p -> Objects.equals(p.get("credit"), photo.get("credit")), what);
                assertEquals(photo.get("caption"), match.get("caption"), what);
                assertEquals(photo.get("date"), match.get("takenOn"), what);
                assertEquals(Boolean.TRUE.equals(photo.get("file")), match.get("filePhoto"), what);
                assertEquals(photo.get("place"), name(match.get("place")), what);
                assertEquals(Objects.requireNonNullElse(photo.get("agency"), photo.get("credit")), name(match.get("agency")), what);
                if (photo.get("photographer") != null) {
                    assertEquals(photo.get("photographer"), name(match.get("photographer")), what);
                }
            }
        }
    }

    @Test
    void everyNamedPersonWithRoles() {
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            for (Map<String, Object> person : list(expected, "people")) {
                String what = expected.get("key") + ": " + person.get("name");
                Map<String, Object> match = one(list(article, "people"), named((String) person.get("name")), what);
                for (Map<String, Object> role : list(person, "roles")) {
                    List<Map<String, Object>> roles = list(match, "roles");
                    assertTrue(roles.stream().anyMatch(candidate -> sameRole(role, candidate)), what + " has role " + role + "; served " + roles);
                }
            }
        }
    }

    static boolean sameRole(Map<String, Object> expected, Map<String, Object> served) {
        if (!((String) expected.get("title")).equalsIgnoreCase((String) served.get("title"))) {
            return false;
        }
        if (expected.get("organization") != null && !expected.get("organization").equals(name(served.get("organization")))) {
            return false;
        }
        Object place = served.get("place");
        if (expected.get("country") != null && (place == null || !expected.get("country").equals(((Map<?, ?>) place).get("countryCode")))) {
            return false;
        }
        if (expected.get("place") != null && !expected.get("place").equals(name(place))) {
            return false;
        }
        return expected.get("current") == null || served.get("current") == null || expected.get("current").equals(served.get("current"));
    }

    @Test
    void everyOrganization() {
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            for (Map<String, Object> organization : list(expected, "organizations")) {
                String what = expected.get("key") + ": organization " + organization.get("name");
                Map<String, Object> match = one(list(article, "organizations"), named((String) organization.get("name")), what);
                String kind = ((String) organization.get("kind")).toUpperCase(Locale.ROOT).replace(' ', '_');
                assertEquals(kind, match.get("kind"), what);
                if (organization.get("country") != null) {
                    assertEquals(organization.get("country"), match.get("countryCode"), what);
                }
            }
        }
    }

    @Test
    void everyPlaceWithItsKindCountryAndParent() {
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            for (Map<String, Object> place : list(expected, "places")) {
                String what = expected.get("key") + ": place " + place.get("name");
                Map<String, Object> match = one(list(article, "places"), named((String) place.get("name")), what);
                assertEquals(((String) place.get("kind")).toUpperCase(Locale.ROOT), match.get("kind"), what);
                assertEquals(place.get("country"), match.get("countryCode"), what);
                if (place.get("parent") != null) {
                    assertEquals(place.get("parent"), name(match.get("parent")), what);
                }
            }
        }
    }

    @Test
    void everyDirectAndPartialQuoteWithItsSpeaker() {
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            List<Map<String, Object>> statements = list(article, "statements");
            for (Map<String, Object> quote : list(expected, "quotes")) {
                String what = expected.get("key") + ": quote '" + quote.get("text") + "'";
                Map<String, Object> match = one(statements,
                        s -> "QUOTE".equals(s.get("kind")) && quoteText(s.get("text")).equals(quoteText(quote.get("text"))), what);
                assertEquals(quote.get("speaker"), name(match.get("speaker")), what);
                if (quote.get("channel") != null) {
                    assertEquals(quote.get("channel"), match.get("channel"), what);
                }
            }
            for (Map<String, Object> quote : list(expected, "partialQuotes")) {
                String what = expected.get("key") + ": partial quote '" + quote.get("text") + "'";
                Map<String, Object> match = one(statements,
                        s -> "PARTIAL_QUOTE".equals(s.get("kind")) && quoteText(s.get("text")).equals(quoteText(quote.get("text"))), what);
                assertEquals(quote.get("speaker"), name(match.get("speaker")), what);
            }
        }
    }

    /** Reported speech is a gist, so its words differ; each reported statement must be there with its speaker. */
    @Test
    void reportedSpeechByEachSpeaker() {
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            Map<Object, Long> expectedBySpeaker = list(expected, "statements").stream()
                    .collect(Collectors.groupingBy(s -> s.get("speaker"), Collectors.counting()));
            Map<Object, Long> servedBySpeaker = list(article, "statements").stream().filter(s -> "REPORTED".equals(s.get("kind")))
                    .collect(Collectors.groupingBy(s -> name(s.get("speaker")), Collectors.counting()));
            expectedBySpeaker.forEach((speaker, count) -> assertTrue(servedBySpeaker.getOrDefault(speaker, 0L) >= Math.min(count, 2),
                    expected.get("key") + ": reported statements of " + speaker + ": expected " + count + ", served " + servedBySpeaker));
        }
    }

    @Test
    void incidentsWithTypePlaceDateFiguresAndMunitions() {
        for (Map<String, Object> expected : specArticles()) {
            Map<String, Object> article = servedFor(expected);
            List<Map<String, Object>> incidents = list(article, "incidents");
            for (Map<String, Object> incident : list(expected, "incidents")) {
                String what = expected.get("key") + ": incident " + incident.get("key");
                String type = INCIDENT_TYPES.get((String) incident.get("type"));
                assertNotNull(type, what + ": the test knows the spec's type " + incident.get("type"));
                Map<String, Object> match = one(incidents, candidate -> type.equals(candidate.get("type"))
                        && Objects.equals(incident.get("place"), name(candidate.get("place")))
                        && matchesDate(incident.get("date"), candidate)
                        && (incident.get("partOf") != null) == (candidate.get("partOf") != null), what);
                if (incident.get("country") != null) {
                    assertEquals(incident.get("country"), ((Map<?, ?>) match.get("place")).get("countryCode"), what);
                }
                checkFigure(what + " killed", incident.get("killed"), match.get("killed"), match.get("killedAtLeast"));
                checkFigure(what + " injured", incident.get("injured"), match.get("injured"), match.get("injuredAtLeast"));
                checkFigureKind(what, "KIDNAPPED", incident.get("kidnapped"), match);
                checkFigureKind(what, "HOSTAGES", incident.get("hostages"), match);
                checkFigureKind(what, "ATTACKS", incident.get("count"), match);
                checkFigureKind(what, "LOCATIONS_HIT", incident.get("locationsHit"), match);
                if (incident.get("munitions") instanceof Map<?, ?> munitions) {
                    List<Object> quantities = list(match, "munitions").stream().map(m -> m.get("quantity")).toList();
                    assertTrue(quantities.containsAll(munitions.values()), what + ": munitions " + munitions + ", served " + list(match, "munitions"));
                }
                for (String perpetrator : strings(incident, "perpetrators")) {
                    assertTrue(list(match, "perpetrators").stream().anyMatch(actor -> perpetrator.equals(actor.get("description"))
                                    || (actor.get("entity") != null && named(perpetrator).test((Map<String, Object>) actor.get("entity")))),
                            what + ": perpetrator " + perpetrator + ", served " + list(match, "perpetrators"));
                }
            }
        }
    }

    @Test
    void eventsWithKindPlaceDateAndParticipants() {
        Map<Object, List<Map<String, Object>>> eventsByHeadline = GraphQLClient.data(EVENTS).<Map<String, Object>>getList("articles.nodes")
                .stream().filter(article -> list(article, "feeds").stream().anyMatch(feed -> SEED_FEEDS.contains(feed.get("name"))))
                .collect(Collectors.toMap(article -> article.get("headline"), article -> list(article, "events")));
        for (Map<String, Object> expected : specArticles()) {
            List<Map<String, Object>> events = eventsByHeadline.getOrDefault(expected.get("headline"), List.of());
            for (Map<String, Object> event : list(expected, "events")) {
                String what = expected.get("key") + ": event " + event.get("title");
                String kind = ((String) event.get("kind")).toUpperCase(Locale.ROOT).replace(' ', '_');
                Map<String, Object> match = one(events, candidate -> kind.equals(candidate.get("kind"))
                        && Objects.equals(event.get("place"), name(candidate.get("place")))
                        && matchesDate(event.get("date"), candidate.get("occurredOn"), candidate.get("datePrecision")), what);
                List<Object> participants = list(match, "participants").stream().map(SeedGraphTest::name).toList();
                for (String participant : strings(event, "participants")) {
                    assertTrue(participants.contains(participant), what + ": participant " + participant + ", served " + participants);
                }
                assertTrue(list(match, "articles").stream().anyMatch(a -> expected.get("headline").equals(a.get("headline"))),
                        what + ": reported by its article");
            }
        }
        // The statement the spec places at the speech's venue was made at that event.
        for (Map<String, Object> expected : specArticles()) {
            for (Map<String, Object> statement : list(expected, "statements")) {
                if (statement.get("at") != null) {
                    String speaker = (String) statement.get("speaker");
                    Map<String, Object> event = one(eventsByHeadline.getOrDefault(expected.get("headline"), List.of()),
                            e -> statement.get("at").equals(name(e.get("venue"))), expected.get("key") + ": the event at " + statement.get("at"));
                    assertTrue(list(event, "statements").stream().anyMatch(st -> speaker.equals(name(st.get("speaker")))),
                            expected.get("key") + ": " + speaker + "'s words at " + statement.get("at") + " belong to the event");
                }
            }
        }
    }

    static boolean matchesDate(Object expected, Object occurredOn, Object precision) {
        if (expected == null) {
            return true;
        }
        String date = (String) expected;
        return date.length() == 7 ? occurredOn != null && ((String) occurredOn).startsWith(date) && "MONTH".equals(precision)
                : date.equals(occurredOn);
    }

    static boolean matchesDate(Object expected, Map<String, Object> incident) {
        if (expected == null) {
            return true;
        }
        String date = (String) expected;
        Object occurredOn = incident.get("occurredOn");
        return date.length() == 7 ? occurredOn != null && ((String) occurredOn).startsWith(date) && "MONTH".equals(incident.get("datePrecision"))
                : date.equals(occurredOn);
    }

    static void checkFigure(String what, Object expected, Object value, Object atLeast) {
        if (expected == null) {
            return;
        }
        Map<?, ?> figure = expected instanceof Map<?, ?> map ? map : Map.of("value", expected, "atLeast", false);
        assertEquals(figure.get("value"), value, what);
        assertEquals(figure.get("atLeast"), atLeast, what + " at least");
    }

    static void checkFigureKind(String what, String kind, Object expected, Map<String, Object> incident) {
        if (expected == null) {
            return;
        }
        Map<?, ?> figure = expected instanceof Map<?, ?> map ? map : Map.of("value", expected, "atLeast", false);
        List<Map<String, Object>> figures = list(incident, "figures");
        assertTrue(figures.stream().anyMatch(f -> kind.equals(f.get("kind")) && figure.get("value").equals(f.get("value"))
                && figure.get("atLeast").equals(f.get("atLeast"))), what + ": " + kind + " " + figure + ", served " + figures);
    }

    @Test
    void crossArticleFacts() {
        Map<String, Map<String, Object>> byKey = specArticles().stream()
                .collect(Collectors.toMap(a -> (String) a.get("key"), SeedGraphTest::servedFor));
        for (String country : List.of("Russia", "Ukraine")) {
            Set<Object> ids = Stream.of("rutte", "kharkiv")
                    .map(key -> one(list(byKey.get(key), "places"), named(country), key + ": " + country).get("id"))
                    .collect(Collectors.toSet());
            assertEquals(1, ids.size(), country + " is one Place node in both articles");
        }
        assertEquals("Reuters", name(byKey.get("balochistan").get("source")));
        assertEquals("Reuters", name(byKey.get("kharkiv").get("source")));
        for (String key : List.of("rutte", "kharkiv")) {
            assertTrue(list(byKey.get(key), "photos").stream().anyMatch(p -> "AFP".equals(name(p.get("agency")))), key + ": AFP photo");
        }

        String rutte = (String) one(list(byKey.get("rutte"), "people"), named("Mark Rutte"), "Rutte").get("id");
        String attack = (String) one(list(byKey.get("kharkiv"), "incidents"),
                i -> "Kharkiv".equals(name(i.get("place"))) && i.get("killed") != null, "the Kharkiv attack").get("id");
        JsonPath path = GraphQLClient.data("query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { hops nodes { id } } }",
                Map.of("from", rutte, "to", attack));
        assertNotNull(path.get("path"), "a path from Mark Rutte to the Kharkiv attack");
        List<String> nodes = path.getList("path.nodes.id");
        assertEquals(rutte, nodes.get(0));
        assertEquals(attack, nodes.get(nodes.size() - 1));
    }

    /** Quote text without the quotation marks and the closing comma or period that belong to the sentence. */
    static String quoteText(Object text) {
        return ((String) text).strip().replaceAll("^[\"“‘']+|[\"”’'.,]+$", "").strip();
    }

    static Predicate<Map<String, Object>> named(String name) {
        return entity -> name.equalsIgnoreCase((String) entity.get("name"))
                || entity.get("aliases") instanceof List<?> aliases && aliases.stream().anyMatch(alias -> name.equalsIgnoreCase((String) alias));
    }

    static Map<String, Object> one(List<Map<String, Object>> candidates, Predicate<Map<String, Object>> test, String what) {
        List<Map<String, Object>> matches = candidates.stream().filter(test).toList();
        if (matches.isEmpty()) {
            fail(what + ": not served; candidates " + candidates);
        }
        return matches.get(0);
    }

    static Object name(Object entity) {
        return entity == null ? null : ((Map<?, ?>) entity).get("name");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : new ArrayList<>((List<String>) value);
    }
}
