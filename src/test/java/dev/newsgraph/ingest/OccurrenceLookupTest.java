package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article's incidents and events are looked up in one query, however many it reports and whatever of their place
 * and date is unknown: a second report of each, in another order and beside a new one, finds the stored row.
 */
@QuarkusTest
class OccurrenceLookupTest {
    static final String ARTICLE = """
            query($id: ID!) { node(id: $id) { ... on Article { incidents { id title } events { id title } } } }""";

    @Test
    void everyKnownIncidentAndEventIsFoundBesideANewOne() {
        Map<String, Object> ambush = Map.of("type", "ARMED_CLASH", "title", "Ambush on the Lookwell road",
                "place", "Lookwell", "occurredOn", "2026-04-06");
        Map<String, Object> shelling = Map.of("type", "SHELLING_MISSILE_ATTACK", "title", "Shelling of border villages", "occurredOn", "2026-04-05");
        Map<String, Object> raid = Map.of("type", "ARMED_CLASH", "title", "Raid on the Lookwell depot", "place", "Lookwell");
        Map<String, Object> talks = Map.of("kind", "MEETING", "title", "Lookwell ceasefire talks", "place", "Lookwell",
                "occurredOn", "2026-04-07");
        Map<String, Object> summit = Map.of("kind", "MEETING", "title", "Regional security summit");
        Map<String, Object> first = article("Ambush, shelling and a raid near Lookwell before talks",
                "Gunmen ambushed a convoy on the Lookwell road on Monday, officials said, a day after shelling of border villages.",
                List.of(ambush, shelling, raid), List.of(talks, summit));
        Map<String, Object> bombing = Map.of("type", "BOMBING", "title", "Market bombing in Lookwell", "place", "Lookwell",
                "occurredOn", "2026-04-08");
        Map<String, Object> second = article("Lookwell market bombed after ambush and raid",
                "A bomb exploded in the Lookwell market on Wednesday, two days after an ambush on the Lookwell road, police said.",
                List.of(raid, bombing, shelling, ambush), List.of(summit, talks));

        JsonPath firstStored = ingest(first);
        JsonPath secondStored = ingest(second);
        Map<String, String> firstIncidents = byTitle(firstStored, "incidents");
        Map<String, String> secondIncidents = byTitle(secondStored, "incidents");
        Map<String, String> firstEvents = byTitle(firstStored, "events");
        Map<String, String> secondEvents = byTitle(secondStored, "events");

        for (String title : List.of("Ambush on the Lookwell road", "Shelling of border villages", "Raid on the Lookwell depot")) {
            assertEquals(firstIncidents.get(title), secondIncidents.get(title), title + ": found, not created again");
        }
        assertEquals(4, secondIncidents.size());
        assertNotEquals(null, secondIncidents.get("Market bombing in Lookwell"), "the new incident is created");
        assertEquals(firstEvents, secondEvents, "both events found");
        assertEquals(2, secondEvents.size());
    }

    private static Map<String, Object> article(String headline, String paragraph, List<Map<String, Object>> incidents,
                                               List<Map<String, Object>> events) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("headline", headline);
        article.put("paragraphs", List.of(paragraph));
        article.put("places", List.of(Map.of("name", "Lookwell", "kind", "CITY", "countryCode", "NG")));
        article.put("incidents", incidents);
        article.put("events", events);
        return article;
    }

    /** Ingests the article (a new one); what it stored. */
    private static JsonPath ingest(Map<String, Object> article) {
        Map<String, Object> outcome = IngestMutation.ingest(List.of(article)).get(0);
        assertEquals("CREATED", outcome.get("status"));
        return GraphQLClient.data(ARTICLE, Map.of("id", ((Map<?, ?>) outcome.get("article")).get("id")));
    }

    /** The ids of the article's incidents or events by title. */
    private static Map<String, String> byTitle(JsonPath stored, String kind) {
        List<String> titles = stored.getList("node." + kind + ".title");
        List<String> ids = stored.getList("node." + kind + ".id");
        Map<String, String> byTitle = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            byTitle.put(titles.get(i), ids.get(i));
        }
        return byTitle;
    }
}
