package dev.newsgraph.graphql.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** incidentStats per ISO week, and with each filter it shares with the incident list, agree with that list. */
@QuarkusTest
class IncidentStatsFiltersTest {
    static final String STATS = """
            query($groupBy: IncidentGrouping!, $perpetrator: ID, $type: [IncidentType], $country: String, $within: ID) {
              incidentStats(groupBy: $groupBy, perpetrator: $perpetrator, type: $type, country: $country, within: $within) {
                key incidents killed
              }
            }""";
    static final String LISTED = """
            query($perpetrator: ID, $type: [IncidentType], $country: String, $within: ID) {
              incidents(perpetrator: $perpetrator, type: $type, country: $country, within: $within) { totalCount }
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
                Map.of("type", List.of("SHELLING_MISSILE_ATTACK", "AIR_DRONE_STRIKE")), Map.of("country", "UA"), Map.of("within", ukraine))) {
            long listed = ((Number) GraphQLClient.data(LISTED, filter).get("incidents.totalCount")).longValue();
            assertTrue(listed > 0, "the sample has incidents for " + filter);
            assertEquals(listed, sum(stats("TYPE", filter), "incidents"), filter.toString());
            assertEquals(listed, sum(stats("COUNTRY", filter), "incidents"), filter.toString());
            assertTrue(all > listed, "the filter narrows the stats: " + filter);
        }
    }

    private static List<Map<String, Object>> stats(String groupBy, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>(filter);
        variables.put("groupBy", groupBy);
        return GraphQLClient.data(STATS, variables).getList("incidentStats");
    }

    private static long sum(List<Map<String, Object>> rows, String field) {
        return rows.stream().mapToLong(r -> ((Number) r.get(field)).longValue()).sum();
    }
}
