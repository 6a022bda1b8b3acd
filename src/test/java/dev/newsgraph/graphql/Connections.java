package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads whole root connections, page by page. */
public final class Connections {
    /** The root connections and their node types. */
    public static final Map<String, String> ROOT = Map.of("articles", "Article", "people", "Person", "organizations", "Organization",
            "places", "Place", "statements", "Statement", "incidents", "Incident", "events", "Event");

    private Connections() {
    }

    /** Every node of the root connection, with the given selection, in connection order. */
    public static List<Map<String, Object>> all(String connection, String selection) {
        return all(connection, "", selection);
    }

    /** Every node of the root connection called with the given extra arguments ("text: \"x\""), in connection order. */
    public static List<Map<String, Object>> all(String connection, String arguments, String selection) {
        String query = "query($after: String) { " + connection + "(first: 100, after: $after"
                + (arguments.isEmpty() ? "" : ", " + arguments) + ") { totalCount"
                + " pageInfo { hasNextPage endCursor } nodes { " + selection + " } } }";
        List<Map<String, Object>> nodes = new ArrayList<>();
        String after = null;
        long total;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath json = GraphQLClient.data(query, variables);
            total = json.getLong(connection + ".totalCount");
            nodes.addAll(json.getList(connection + ".nodes"));
            after = json.getBoolean(connection + ".pageInfo.hasNextPage") ? json.getString(connection + ".pageInfo.endCursor") : null;
            assertTrue(nodes.size() <= total, connection + ": more nodes than totalCount " + total);
        } while (after != null);
        assertEquals(total, nodes.size(), connection + ": the pages hold totalCount nodes");
        return nodes;
    }

    public static long count(String connection) {
        return GraphQLClient.data("{ " + connection + "(first: 0) { totalCount } }").getLong(connection + ".totalCount");
    }
}
