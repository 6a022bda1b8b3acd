package dev.newsgraph.graphql.event;

import static dev.newsgraph.graphql.GeneratedArticles.INGEST;
import static dev.newsgraph.graphql.GeneratedArticles.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events through the API: stored once however many articles report them, reachable from both ends, filtered. */
@QuarkusTest
class EventTest {

    /** An article of a summit: the host speaks at it, the alliance takes part; a toll with a counter-claim. */
    static Map<String, Object> summitArticle(String tag, String speaker, String quote) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("headline", "Leaders meet in Summitville " + tag + " as " + speaker + " speaks");
        article.put("paragraphs", List.of(speaker + " spoke at the Summitville summit " + tag + ".", "\"" + quote + ",\" " + speaker + " said."));
        article.put("publishedOn", "2025-06-24");
        article.put("people", List.of(map("name", speaker)));
        article.put("organizations", List.of(map("name", "Alliance " + tag, "kind", "ALLIANCE")));
        article.put("places", List.of(map("name", "Eventland " + tag, "kind", "COUNTRY", "countryCode", "XE"),
                map("name", "Summitville " + tag, "kind", "CITY", "countryCode", "XE", "parent", "Eventland " + tag)));
        article.put("statements", List.of(map("kind", "QUOTE", "text", quote, "speaker", speaker, "event", "summit")));
        article.put("events", List.of(map("key", "summit", "kind", "SUMMIT", "title", "Alliance summit in Summitville " + tag,
                "occurredOn", "2025-06-01", "datePrecision", "MONTH", "place", "Summitville " + tag,
                "participants", List.of("Alliance " + tag, speaker))));
        return article;
    }

    static final String EVENT = """
            query($text: String!, $participant: ID) {
              events(text: $text, kind: [SUMMIT], participant: $participant, from: "2025-06-01", to: "2025-06-30") {
                totalCount
                nodes {
                  id kind title occurredOn datePrecision
                  place { name }
                  participants { __typename name }
                  statements { text speaker { name } event { title } }
                  articles { headline events { title } }
                }
              }
            }""";

    @Test
    void twoArticlesOfOneSummitMakeOneEventWithEveryParticipantAndStatement() {
        String tag = "EV1";
        JsonPath ingested = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(
                summitArticle(tag, "Anna Host " + tag, "We meet as one"), summitArticle(tag, "Boris Guest " + tag, "We stand together"))));
        assertEquals(List.of("CREATED", "CREATED"), ingested.getList("ingestArticles.status"));

        JsonPath json = GraphQLClient.data(EVENT, variables("Summitville " + tag, null));
        assertEquals(1, json.getInt("events.totalCount"), "one summit, reported twice");
        Map<String, Object> event = json.getMap("events.nodes[0]");
        assertEquals("MONTH", event.get("datePrecision"));
        assertEquals("2025-06-01", event.get("occurredOn"));
        assertEquals("Summitville " + tag, json.getString("events.nodes[0].place.name"));
        assertEquals(List.of("Alliance " + tag, "Anna Host " + tag, "Boris Guest " + tag),
                json.<String>getList("events.nodes[0].participants.name").stream().sorted().toList());
        assertEquals(List.of("We meet as one", "We stand together"), json.getList("events.nodes[0].statements.text"));
        assertEquals(List.of("Alliance summit in Summitville " + tag, "Alliance summit in Summitville " + tag),
                json.getList("events.nodes[0].statements.event.title"), "Statement.event leads back");
        assertEquals(2, json.getList("events.nodes[0].articles").size());

        // The other ends: the person, the place and its country, the participant filter.
        String person = GraphQLClient.data("query($t: String!) { people(text: $t) { nodes { id events { nodes { title } } } } }",
                Map.of("t", "Anna Host " + tag)).getString("people.nodes[0].id");
        assertEquals(List.of("Alliance summit in Summitville " + tag), GraphQLClient.data(
                "query($t: String!) { people(text: $t) { nodes { events { nodes { title } } } } }", Map.of("t", "Anna Host " + tag))
                .getList("people.nodes[0].events.nodes.title"));
        assertEquals(1, GraphQLClient.data(EVENT, variables("Summitville " + tag, person)).getInt("events.totalCount"));
        JsonPath country = GraphQLClient.data("query($t: String!) { places(text: $t, kind: COUNTRY) { nodes { id events { totalCount } } } }",
                Map.of("t", "Eventland " + tag));
        assertEquals(1, country.getInt("places.nodes[0].events.totalCount"), "a country's events include its cities'");
        String countryId = country.getString("places.nodes[0].id");
        assertEquals(1, GraphQLClient.data("query($w: ID!) { events(within: $w) { totalCount } }", Map.of("w", countryId))
                .getInt("events.totalCount"));
        String eventId = (String) event.get("id");
        assertEquals("Event", GraphQLClient.data("query($id: ID!) { node(id: $id) { __typename } }", Map.of("id", eventId))
                .getString("node.__typename"));

        // Ingesting the same articles again changes nothing.
        JsonPath again = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(
                summitArticle(tag, "Anna Host " + tag, "We meet as one"))));
        assertEquals(List.of("UNCHANGED"), again.getList("ingestArticles.status"));
        assertEquals(1, GraphQLClient.data(EVENT, variables("Summitville " + tag, null)).getInt("events.totalCount"));
    }

    @Test
    void aStatementAtAnEventTheArticleDoesNotDeclareIsRejected() {
        Map<String, Object> article = summitArticle("EV2", "Carl Nobody EV2", "Nothing to say");
        article.put("statements", List.of(map("kind", "QUOTE", "text", "Nothing to say", "speaker", "Carl Nobody EV2", "event", "gala")));
        Map<String, Object> error = GraphQLClient.asEditor().firstError(INGEST, Map.of("input", List.of(article)));
        assertEquals("BAD_USER_INPUT", GraphQLClient.code(error), "error " + error);
        assertTrue(GraphQLClient.message(error).contains("gala"), GraphQLClient.message(error));
        assertEquals(0, GraphQLClient.data(EVENT, variables("Summitville EV2", null)).getInt("events.totalCount"), "nothing stored");
    }

    @Test
    void anEventDecadesAheadIsRejected() {
        Map<String, Object> article = summitArticle("EV3", "Dora Future EV3", "Far ahead");
        @SuppressWarnings("unchecked")
        Map<String, Object> event = ((List<Map<String, Object>>) article.get("events")).get(0);
        event.put("occurredOn", "2099-06-01");
        Map<String, Object> error = GraphQLClient.asEditor().firstError(INGEST, Map.of("input", List.of(article)));
        assertEquals("BAD_USER_INPUT", GraphQLClient.code(error), "error " + error);
    }

    /** Tolls that change and conflict: the best estimate is the primary source's latest figure, never a party's claim. */
    @Test
    void killedIsTheLatestPrimaryFigureAndACounterClaimStaysAFigureOfItsOwn() {
        String tag = "EV4";
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("headline", "Toll in Tollburg " + tag + " rises to 25");
        article.put("paragraphs", List.of("The death toll rose to 25, the governor said. The army claimed 85 fighters were killed."));
        article.put("publishedOn", "2025-05-02");
        article.put("people", List.of(map("name", "Gina Governor " + tag)));
        article.put("organizations", List.of(map("name", "Army " + tag, "kind", "MILITARY")));
        article.put("places", List.of(map("name", "Tollburg " + tag, "kind", "CITY", "countryCode", "XE")));
        List<Map<String, Object>> figures = new ArrayList<>();
        figures.add(map("kind", "KILLED", "value", 18, "reportedBy", "Gina Governor " + tag, "reportedOn", "2025-05-01"));
        figures.add(map("kind", "KILLED", "value", 25, "reportedBy", "Gina Governor " + tag));
        figures.add(map("kind", "KILLED", "value", 85, "reportedBy", "Army " + tag, "partyClaim", true));
        article.put("incidents", List.of(map("type", "SHELLING_MISSILE_ATTACK", "title", "Shelling of Tollburg " + tag,
                "occurredOn", "2025-05-01", "place", "Tollburg " + tag, "figures", figures)));
        GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(article)));
        JsonPath json = GraphQLClient.data("""
                query($t: String!) { incidents(text: $t) { nodes { killed killedLow killedHigh
                  figures { value reportedOn partyClaim reportedBy { name } } } } }""", Map.of("t", "Tollburg " + tag));
        assertEquals(25, json.getInt("incidents.nodes[0].killed"), "the governor's latest figure");
        assertEquals(18, json.getInt("incidents.nodes[0].killedLow"));
        assertEquals(85, json.getInt("incidents.nodes[0].killedHigh"), "the army's claim is kept");
        assertEquals(List.of("2025-05-01", "2025-05-02", "2025-05-02"), json.getList("incidents.nodes[0].figures.reportedOn"),
                "a figure without its own date was reported on the article's date");
        assertEquals(List.of(false, false, true), json.getList("incidents.nodes[0].figures.partyClaim"));
    }

    private static Map<String, Object> variables(String text, String participant) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("text", text);
        variables.put("participant", participant);
        return variables;
    }
}
