package dev.newsgraph.graphql.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** incidentStats per ISO week, and only for a perpetrator, agree with the incident list. */
@QuarkusTest
class IncidentStatsFiltersTest {
    static final String STATS = """
            query($groupBy: IncidentGrouping!, $perpetrator: ID) {
              incidentStats(groupBy: $groupBy, perpetrator: $perpetrator) { key incidents killed }
            }""";

    @Test
    void weeksAreIsoWeeksAndCountEveryIncident() {
        List<Map<String, Object>> weeks = stats("WEEK", null);
        List<Map<String, Object>> months = stats("MONTH", null);
        assertTrue(weeks.stream().allMatch(w -> ((String) w.get("key")).matches("\\d{4}-W\\d{2}|UNKNOWN")), weeks.toString());
        assertEquals(sum(months, "incidents"), sum(weeks, "incidents"));
        assertEquals(sum(months, "killed"), sum(weeks, "killed"));
        // The Kharkiv attack of Saturday 7 June 2025 falls in ISO week 23.
        assertTrue(weeks.stream().anyMatch(w -> "2025-W23".equals(w.get("key"))), weeks.toString());
    }

    @Test
    void perpetratorFilterMatchesTheIncidentList() {
        String russia = GraphQLClient.data("{ places(text: \"Russia\", kind: COUNTRY) { nodes { id } } }").getString("places.nodes[0].id");
        long listed = ((Number) GraphQLClient.data("query($p: ID) { incidents(perpetrator: $p) { totalCount } }", Map.of("p", russia))
                .get("incidents.totalCount")).longValue();
        assertTrue(listed > 0, "Russia is a perpetrator in the sample");
        assertEquals(listed, sum(stats("TYPE", russia), "incidents"));
        assertTrue(sum(stats("TYPE", null), "incidents") > listed, "the filter narrows the stats");
    }

    private static List<Map<String, Object>> stats(String groupBy, String perpetrator) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("groupBy", groupBy);
        variables.put("perpetrator", perpetrator);
        return GraphQLClient.data(STATS, variables).getList("incidentStats");
    }

    private static long sum(List<Map<String, Object>> rows, String field) {
        return rows.stream().mapToLong(r -> ((Number) r.get(field)).longValue()).sum();
    }
}
