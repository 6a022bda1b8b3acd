package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.graphql.ConcurrentWriters;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Incidents, events, roles, actors, figures and munitions are guarded by their unique keys, not by advisory locks: eight
 * writers at once report the same three new incidents and two events (each writer in another order, with the same actors,
 * figures, munitions and participants, and the same role of one person). Every article is stored, nobody fails (no
 * deadlock, no duplicate-key error), and each shared row exists once.
 */
@QuarkusTest
class ConcurrentIncidentsTest {
    static final int WRITERS = 8;
    static final List<String> PLACES = List.of("Raceford", "Racehill", "Raceport");

    static Map<String, Object> article(int writer, int n) {
        List<Map<String, Object>> incidents = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < PLACES.size(); i++) {
            String place = PLACES.get((i + writer) % PLACES.size()); // another order for every writer
            incidents.add(Map.of("type", "AIR_DRONE_STRIKE", "title", "Racedrone strike on " + place, "place", place,
                    "occurredOn", "2026-02-0" + (1 + PLACES.indexOf(place)),
                    "actors", List.of(Map.of("role", "PERPETRATOR", "entity", "Race Army"), Map.of("role", "VICTIM", "description", "civilians")),
                    "figures", List.of(Map.of("kind", "KILLED", "value", 2, "reportedBy", "Mira Racer"), Map.of("kind", "INJURED", "value", 5)),
                    "munitions", List.of(Map.of("weapon", "Shahed drone", "quantity", 3))));
            if (i < 2) {
                events.add(Map.of("kind", "PRESS_CONFERENCE", "title", "Racebriefing in " + place, "place", place,
                        "occurredOn", "2026-02-10", "participants", List.of("Mira Racer", "Race Army")));
            }
        }
        String tag = "RC" + writer + "-" + n;
        return Map.of(
                "headline", "Drones hit Raceford, Racehill and Raceport, Mira Racer says (" + tag + ")",
                "paragraphs", List.of("Drones of the Race Army hit three towns, Governor Mira Racer said (" + tag + ")."),
                "people", List.of(Map.of("name", "Mira Racer", "roles", List.of(Map.of("title", "Governor", "place", "Raceland")))),
                "organizations", List.of(Map.of("name", "Race Army", "kind", "MILITARY")),
                "places", List.of(Map.of("name", "Raceland", "kind", "COUNTRY", "countryCode", "XR"),
                        Map.of("name", "Raceford", "kind", "CITY", "countryCode", "XR", "parent", "Raceland"),
                        Map.of("name", "Racehill", "kind", "CITY", "countryCode", "XR", "parent", "Raceland"),
                        Map.of("name", "Raceport", "kind", "CITY", "countryCode", "XR", "parent", "Raceland")),
                "incidents", incidents,
                "events", events);
    }

    @Test
    void writersReportingTheSameNewIncidentsInAnyOrderStoreEachOnce() throws Exception {
        for (List<String> statuses : ConcurrentWriters.ingest(WRITERS, 3, ConcurrentIncidentsTest::article)) {
            assertEquals(List.of("CREATED", "CREATED", "CREATED"), statuses);
        }
        JsonPath incidents = GraphQLClient.data("""
                { incidents(text: "Racedrone", first: 20) { totalCount nodes { title
                    actors { role entity { name } description } figures { kind value } munitions { weapon }
                    articles { id } } } }""");
        assertEquals(3, incidents.getInt("incidents.totalCount"), incidents.prettify());
        for (int i = 0; i < 3; i++) {
            String incident = "incidents.nodes[" + i + "].";
            assertEquals(2, incidents.getList(incident + "actors").size(), incidents.prettify());
            assertEquals(2, incidents.getList(incident + "figures").size(), incidents.prettify());
            assertEquals(List.of("Shahed drone"), incidents.getList(incident + "munitions.weapon"));
            assertEquals(WRITERS * 3, incidents.getList(incident + "articles").size());
        }
        JsonPath events = GraphQLClient.data("""
                { events(text: "Racebriefing", first: 20) { totalCount nodes { participants { name } } } }""");
        assertEquals(3, events.getInt("events.totalCount"), "two per article, three places in all: " + events.prettify());
        events.getList("events.nodes.participants").forEach(participants -> assertEquals(2, ((List<?>) participants).size()));
        JsonPath mira = GraphQLClient.data("{ people(text: \"Mira Racer\") { totalCount nodes { roles { title } } } }");
        assertEquals(1, mira.getInt("people.totalCount"));
        assertEquals(List.of("Governor"), mira.getList("people.nodes[0].roles.title"));
    }
}
