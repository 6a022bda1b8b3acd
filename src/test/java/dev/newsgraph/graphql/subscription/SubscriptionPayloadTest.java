package dev.newsgraph.graphql.subscription;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.GraphQLWebSocket;
import dev.newsgraph.graphql.IngestMutation;
import dev.newsgraph.graphql.compiled.CompiledReads;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Subscription payloads resolve every field a query can, nested lists included, over a real graphql-transport-ws
 * connection: the event of a real ingest arrives whole, with the same values a query returns.
 */
@QuarkusTest
class SubscriptionPayloadTest {
    private static final String ARTICLE_FIELDS = """
            id headline publishedOn ingestedAt
            dateline { name country { name } }
            source { name }
            people { name roles { title place { name } } }
            organizations { name kind }
            places { name kind parent { name } }
            mentions { sentence entity { name } }
            statements { text speaker { name } about { name } }
            feeds { name }
            photos { caption }
            incidents { title figures { kind value reportedBy { name } } actors { role entity { name } } articles { headline } }
            """;
    private static final String INCIDENT_FIELDS = """
            title occurredOn killed injured
            place { name parent { name } }
            figures { kind value reportedBy { name } }
            actors { role attribution entity { name } }
            perpetrators { entity { name } }
            reporters { name }
            munitions { weapon quantity }
            articles { headline people { name } }
            """;

    private static final String ARTICLE_CARD = """
            fragment ArticleCard on Article {
              id headline publishedOn dateline { name } source { name } people { id name } places { id name kind }
              incidents { id title killed injured place { name } }
            }""";

    @TestHTTPResource("/graphql")
    URI graphql;
    @Inject
    SessionFactory sessionFactory;
    @Inject
    CompiledReads compiledReads;

    @Test
    void payloadsResolveEveryFieldAsAQueryDoes() throws Exception {
        try (GraphQLWebSocket socket = new GraphQLWebSocket(graphql.getHost(), graphql.getPort())) {
            socket.subscribe("article", "subscription { articleIngested { " + ARTICLE_FIELDS + " } }");
            socket.subscribe("card", "subscription OnArticle { articleIngested { ...ArticleCard } } " + ARTICLE_CARD);
            socket.subscribe("incident", "subscription { incidentReported { id " + INCIDENT_FIELDS + " } }");
            Thread.sleep(500);

            assertTrue(given().get("/q/metrics").asString().lines()
                    .anyMatch(line -> line.matches("mp_graphql_subscription\\{name=\"articleIngested\"} [2-9].*")),
                    "two open articleIngested subscriptions are counted");

            IngestMutation.ingest(List.of(article("Drone attack on Kherson injures three, governor says")));
            Map<String, JsonObject> payloads = payloads(socket, Set.of("article", "card", "incident"));

            JsonObject article = payloads.get("article").getJsonObject("data").getJsonObject("articleIngested");
            assertEquals("Kherson", article.getJsonObject("dateline").getString("name"));
            assertEquals("Ukraine", article.getJsonObject("dateline").getJsonObject("country").getString("name"));
            assertEquals("Oleksandr Prokudin", article.getJsonArray("people").getJsonObject(0).getString("name"));
            assertEquals("subscription-payload.txt", article.getJsonArray("feeds").getJsonObject(0).getString("name"));
            JsonObject incident = article.getJsonArray("incidents").getJsonObject(0);
            assertEquals(3, incident.getJsonArray("figures").getJsonObject(0).getInteger("value"));
            assertEquals("Oleksandr Prokudin", incident.getJsonArray("figures").getJsonObject(0).getJsonObject("reportedBy").getString("name"));
            assertEquals("Russian armed forces", incident.getJsonArray("actors").getJsonObject(0).getJsonObject("entity").getString("name"));
            assertEquals(article.getString("headline"), incident.getJsonArray("articles").getJsonObject(0).getString("headline"));

            // Field for field what a query answers for the same node.
            assertEquals(query("... on Article { " + ARTICLE_FIELDS + " }", article.getString("id")), article);
            JsonObject card = payloads.get("card").getJsonObject("data").getJsonObject("articleIngested");
            assertEquals(query("...ArticleCard", article.getString("id"), ARTICLE_CARD), card);
            JsonObject reported = payloads.get("incident").getJsonObject("data").getJsonObject("incidentReported");
            assertEquals(query("... on Incident { id " + INCIDENT_FIELDS + " }", reported.getString("id")), reported);
        }
    }

    @Test
    void eventFieldsAreBatchedAsInAQuery() throws Exception {
        String selection = "incidents { title figures { value reportedBy { name } } actors { role entity { name } } place { name } }";
        Statistics statistics = sessionFactory.getStatistics();
        IngestMutation.ingest(List.of(withIncidents("Shelling of Mykolaiv, warm-up", 1))); // the entities exist from here on

        // The statements of an ingest and of loading its event, with nobody subscribed...
        long start = statistics.getPrepareStatementCount();
        IngestMutation.ingest(List.of(withIncidents("Shelling of Mykolaiv, first night", 10)));
        Thread.sleep(1000);
        long unsubscribed = statistics.getPrepareStatementCount() - start;

        try (GraphQLWebSocket socket = new GraphQLWebSocket(graphql.getHost(), graphql.getPort())) {
            socket.subscribe("nested", "subscription { articleIngested { id " + selection + " } }");
            Thread.sleep(500);
            // ...and of the same with a subscriber: the difference is what resolving its payload took.
            start = statistics.getPrepareStatementCount();
            IngestMutation.ingest(List.of(withIncidents("Shelling of Mykolaiv, second night", 20)));
            JsonObject payload = payloads(socket, Set.of("nested")).get("nested").getJsonObject("data").getJsonObject("articleIngested");
            long resolving = statistics.getPrepareStatementCount() - start - unsubscribed;
            assertEquals(3, payload.getJsonArray("incidents").size(), payload.encodePrettily());

            // Against the resolvers: the compiled read path would answer the query with one statement.
            compiledReads.enable(false);
            try {
                start = statistics.getPrepareStatementCount();
                query("... on Article { " + selection + " }", payload.getString("id"));
            } finally {
                compiledReads.enable(true);
            }
            long queried = statistics.getPrepareStatementCount() - start;
            System.out.printf("Subscription event: %d statements to resolve; the same selection as a query: %d%n", resolving, queried);
            // The query also loads the article itself, which the event brings along.
            assertTrue(resolving <= queried, resolving + " statements for the event, " + queried + " for the query");
        }
    }

    /** An article with three incidents, each with a figure, a perpetrator and a place, dated from {@code day}. */
    private static Map<String, Object> withIncidents(String headline, int day) {
        List<Map<String, Object>> incidents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            incidents.add(Map.of("type", "SHELLING_MISSILE_ATTACK", "title", headline + " incident " + i,
                    "occurredOn", "2025-05-" + String.format("%02d", day + i), "place", "Mykolaiv",
                    "actors", List.of(Map.of("role", "PERPETRATOR", "entity", "Russian armed forces")),
                    "figures", List.of(Map.of("kind", "KILLED", "value", i + 1, "reportedBy", "Vitaliy Kim"))));
        }
        return Map.of(
                "headline", headline,
                "paragraphs", List.of(headline + ": Russian shelling hit Mykolaiv, Governor Vitaliy Kim said."),
                "publishedOn", "2025-05-" + String.format("%02d", day + 3),
                "people", List.of(Map.of("name", "Vitaliy Kim", "aliases", List.of("Kim"))),
                "organizations", List.of(Map.of("name", "Russian armed forces", "kind", "MILITARY", "countryCode", "RU")),
                "places", List.of(Map.of("name", "Ukraine", "kind", "COUNTRY", "countryCode", "UA"),
                        Map.of("name", "Mykolaiv", "kind", "CITY", "countryCode", "UA", "parent", "Ukraine")),
                "incidents", incidents);
    }

    /** The first payload of each subscription; fails on errors, or when one does not arrive. */
    private static Map<String, JsonObject> payloads(GraphQLWebSocket socket, Set<String> ids) throws InterruptedException {
        Map<String, JsonObject> payloads = new HashMap<>();
        while (payloads.size() < ids.size()) {
            JsonObject message = socket.next();
            assertNotNull(message, "no event for " + ids.stream().filter(id -> !payloads.containsKey(id)).toList() + " within 10 s");
            if (message.getString("type").equals("next")) {
                JsonObject payload = message.getJsonObject("payload");
                assertNull(payload.getValue("errors"), () -> "errors in " + message.encodePrettily());
                payloads.putIfAbsent(message.getString("id"), payload);
            }
            assertFalse(message.getString("type").equals("error"), () -> message.encodePrettily());
        }
        return payloads;
    }

    private static JsonObject query(String selection, String id, String... fragments) {
        String response = GraphQLClient.post("query($id: ID!) { node(id: $id) { " + selection + " } } " + String.join(" ", fragments),
                Map.of("id", id)).then().statusCode(200).extract().asString();
        JsonObject json = new JsonObject(response);
        assertNull(json.getValue("errors"), response);
        return json.getJsonObject("data").getJsonObject("node");
    }

    private static Map<String, Object> article(String headline) {
        return Map.of(
                "headline", headline,
                "paragraphs", List.of(
                        "A Russian drone attack on Kherson injured three people overnight, Governor Oleksandr Prokudin said on Telegram.",
                        "\"Air defence was working over the city,\" Prokudin said."),
                "publishedOn", "2025-06-11",
                "dateline", "Kherson",
                "feed", "subscription-payload.txt",
                "people", List.of(Map.of("name", "Oleksandr Prokudin", "aliases", List.of("Prokudin"),
                        "roles", List.of(Map.of("title", "Governor", "place", "Kherson", "current", true)))),
                "organizations", List.of(Map.of("name", "Russian armed forces", "kind", "MILITARY", "countryCode", "RU"),
                        Map.of("name", "Telegram", "kind", "PLATFORM")),
                "places", List.of(Map.of("name", "Ukraine", "kind", "COUNTRY", "countryCode", "UA"),
                        Map.of("name", "Kherson", "kind", "CITY", "countryCode", "UA", "parent", "Ukraine")),
                "statements", List.of(Map.of("kind", "QUOTE", "text", "Air defence was working over the city",
                        "speaker", "Prokudin", "channel", "Telegram", "about", List.of("Kherson"))),
                "incidents", List.of(Map.of("type", "AIR_DRONE_STRIKE", "title", "Overnight drone attack on Kherson",
                        "occurredOn", "2025-06-11", "place", "Kherson",
                        "actors", List.of(Map.of("role", "PERPETRATOR", "entity", "Russian armed forces")),
                        "figures", List.of(Map.of("kind", "INJURED", "value", 3, "reportedBy", "Prokudin")))));
    }
}
