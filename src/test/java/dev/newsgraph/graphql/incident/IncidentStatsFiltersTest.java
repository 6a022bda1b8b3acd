package dev.newsgraph.graphql.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * incidentStats per ISO week, and with each filter it shares with the incident list, agree with that list: read from the
 * totals kept per piece of the calendar (migration V10), from the incidents, or both (a window's ends).
 */
@QuarkusTest
class IncidentStatsFiltersTest {
    static final String STATS = """
            query($groupBy: IncidentGrouping!, $perpetrator: ID, $type: [IncidentType], $country: String, $within: ID, $from: Date, $to: Date) {
              incidentStats(groupBy: $groupBy, perpetrator: $perpetrator, type: $type, country: $country, within: $within, from: $from, to: $to) {
                key incidents killed injured
              }
            }""";
    static final String LISTED = """
            query($perpetrator: ID, $type: [IncidentType], $country: String, $within: ID, $from: Date, $to: Date, $after: String) {
              incidents(perpetrator: $perpetrator, type: $type, country: $country, within: $within, from: $from, to: $to,
                        first: 100, after: $after) {
                totalCount nodes { killed injured } pageInfo { hasNextPage endCursor }
              }
            }""";

    @Test
    void weeksAreIsoWeeksAndCountEveryIncident() {
        List<Map<String, Object>> weeks = stats("WEEK", Map.of());
        List<Map<String, Object>> months = stats("MONTH", Map.of());
        assertTrue(weeks.stream().allMatch(w -> ((String) w.get("key")).matches("\\d{4}-W\\d{2}|UNKNOWN")), weeks.toString());
        assertEquals(sum(months, "incidents"), sum(weeks, "incidents"));
        assertEquals(sum(months, "killed"), sum(weeks, "killed"));
        // The Kharkiv attack of Saturday 7 June 2025 falls in ISO week 23.
        assertTrue(weeks.stream().anyMatch(w -> "2025-W23".equals(w.get("key"))), weeks.toString());
    }

    @Test
    void eachFilterMatchesTheIncidentList() {
        String russia = GraphQLClient.data("{ places(text: \"Russia\", kind: COUNTRY) { nodes { id } } }").getString("places.nodes[0].id");
        String ukraine = GraphQLClient.data("{ places(text: \"Ukraine\", kind: COUNTRY) { nodes { id } } }").getString("places.nodes[0].id");
        long all = sum(stats("TYPE", Map.of()), "incidents");
        for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("perpetrator", russia),
                Map.of("type", List.of("SHELLING_MISSILE_ATTACK", "AIR_DRONE_STRIKE")), Map.of("country", "UA"), Map.of("within", ukraine),
                // Windows whose ends cut weeks and months (read from the incidents) around whole ones (from the totals)
                Map.of("from", "2025-06-05", "to", "2025-12-31"), Map.of("to", "2025-06-07"), Map.of("from", "2025-02-27"),
                Map.of("country", "UA", "from", "2025-05-28", "to", "2025-06-30"))) {
            // Every page: the tests' graph holds more than a page of some filters' incidents.
            List<Map<String, Object>> nodes = new ArrayList<>();
            Map<String, Object> variables = new HashMap<>(filter);
            long listed;
            JsonPath incidents;
            do {
                incidents = GraphQLClient.data(LISTED, variables);
                listed = ((Number) incidents.get("incidents.totalCount")).longValue();
                nodes.addAll(incidents.getList("incidents.nodes"));
                variables.put("after", incidents.getString("incidents.pageInfo.endCursor"));
            } while (incidents.getBoolean("incidents.pageInfo.hasNextPage"));
            assertTrue(listed > 0 && listed == nodes.size(), "the sample has a page of incidents for " + filter);
            for (String grouping : List.of("TYPE", "COUNTRY", "MONTH", "WEEK")) {
                List<Map<String, Object>> groups = stats(grouping, filter);
                assertEquals(listed, sum(groups, "incidents"), grouping + " " + filter);
                // The sums are of each incident's best estimate, as the incident itself shows it.
                assertEquals(sumOrZero(nodes, "killed"), sum(groups, "killed"), grouping + " " + filter);
                assertEquals(sumOrZero(nodes, "injured"), sum(groups, "injured"), grouping + " " + filter);
            }
            assertTrue(all > listed, "the filter narrows the stats: " + filter);
        }
    }

    private static List<Map<String, Object>> stats(String groupBy, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>(filter);
        variables.put("groupBy", groupBy);
        return GraphQLClient.data(STATS, variables).getList("incidentStats");
    }

    private static long sumOrZero(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(r -> (Number) r.get(field)).mapToLong(n -> n == null ? 0 : n.longValue()).sum();
    }

    private static long sum(List<Map<String, Object>> rows, String field) {
        return rows.stream().mapToLong(r -> ((Number) r.get(field)).longValue()).sum();
    }
}
