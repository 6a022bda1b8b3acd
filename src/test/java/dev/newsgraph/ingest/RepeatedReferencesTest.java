package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.IngestMutation;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article may report one incident or one event twice (two inputs that are the same stored one): ingest skips the
 * look-ups of what a freshly created incident already has and links events and participants in single statements, and
 * still stores each actor, figure, munition, event link and participant once.
 */
@QuarkusTest
class RepeatedReferencesTest {
    static final String ARTICLE = """
            query($id: ID!) { node(id: $id) { ... on Article {
              incidents { title actors { role entity { name } } figures { kind value } munitions { weapon } articles { id } }
              events { title participants { name } articles { id } }
              feeds { name } } } }""";

    @Test
    void anIncidentOrEventReportedTwiceIsStoredOnce() {
        Map<String, Object> incident = Map.of("type", "ARMED_CLASH", "title", "Clash at the Repeton checkpoint",
                "place", "Repeton", "occurredOn", "2026-03-02",
                "actors", List.of(Map.of("role", "PERPETRATOR", "entity", "Repeton Front")),
                "figures", List.of(Map.of("kind", "KILLED", "value", 3)),
                "munitions", List.of(Map.of("weapon", "mortar", "quantity", 2)));
        Map<String, Object> event = Map.of("kind", "MEETING", "title", "Repeton ceasefire talks", "place", "Repeton",
                "occurredOn", "2026-03-03", "participants", List.of("Ada Repeton", "Repeton Front"));
        Map<String, Object> article = Map.of(
                "headline", "Three killed in clash at Repeton checkpoint, talks called",
                "paragraphs", List.of("Three people were killed in a clash at the Repeton checkpoint, Ada Repeton said on Monday.",
                        "The Repeton Front fired two mortar rounds, she said, and ceasefire talks were called."),
                "feed", "repeated-references-a",
                "people", List.of(Map.of("name", "Ada Repeton")),
                "organizations", List.of(Map.of("name", "Repeton Front", "kind", "ARMED_GROUP")),
                "places", List.of(Map.of("name", "Repeton", "kind", "CITY", "countryCode", "UA")),
                "incidents", List.of(with(incident, "key", "first"), with(incident, "key", "second")),
                "events", List.of(with(event, "key", "talks"), with(event, "key", "talks again")));

        Map<String, Object> outcome = IngestMutation.ingest(List.of(article)).get(0);
        assertEquals("CREATED", outcome.get("status"));
        String id = (String) ((Map<?, ?>) outcome.get("article")).get("id");
        JsonPath stored = GraphQLClient.data(ARTICLE, Map.of("id", id));
        assertEquals(List.of("Clash at the Repeton checkpoint"), stored.getList("node.incidents.title"), "one incident");
        assertEquals(List.of(List.of("Repeton Front")), stored.getList("node.incidents.actors.entity.name"));
        assertEquals(List.of(List.of(3)), stored.getList("node.incidents.figures.value"));
        assertEquals(List.of(List.of("mortar")), stored.getList("node.incidents.munitions.weapon"));
        assertEquals(List.of("Repeton ceasefire talks"), stored.getList("node.events.title"), "one event");
        assertEquals(List.of(List.of("Ada Repeton", "Repeton Front")), stored.getList("node.events.participants.name"));
        assertEquals(List.of(List.of(id)), stored.getList("node.events.articles.id"), "linked once");

        // The same content in a second feed: the feed is linked, nothing else is stored again.
        Map<String, Object> again = with(article, "feed", "repeated-references-b");
        assertEquals("FEED_ADDED", IngestMutation.ingest(List.of(again)).get(0).get("status"));
        assertEquals("UNCHANGED", IngestMutation.ingest(List.of(again)).get(0).get("status"));
        stored = GraphQLClient.data(ARTICLE, Map.of("id", id));
        assertEquals(List.of("repeated-references-a", "repeated-references-b"), stored.getList("node.feeds.name").stream().sorted().toList());
        assertEquals(List.of(List.of("Repeton Front")), stored.getList("node.incidents.actors.entity.name"));
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
