package dev.newsgraph.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Connections nested under a node agree with the root connection filtered by that node, page the same way, and
 * root filters reject IDs of the wrong type.
 */
@QuarkusTest
class NestedConnectionTest {

    /** Every article a person's nested articles connection holds, walked in pages of 1. */
    private static List<String> nestedArticles(String type, String id) {
        String query = "query($id: ID!, $after: String) { node(id: $id) { ... on " + type
                + " { articles(first: 1, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } } }";
        List<String> ids = new ArrayList<>();
        String after = null;
        long total;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", id);
            variables.put("after", after);
            JsonPath json = GraphQLClient.data(query, variables);
            total = json.getLong("node.articles.totalCount");
            ids.addAll(json.getList("node.articles.nodes.id"));
            after = json.getBoolean("node.articles.pageInfo.hasNextPage") ? json.getString("node.articles.pageInfo.endCursor") : null;
            assertTrue(ids.size() <= total);
        } while (after != null);
        assertEquals(total, ids.size(), type + " " + id + ": the nested walk visits totalCount articles");
        return ids;
    }

    @Test
    void nestedArticlesOfEntitiesAgreeWithTheMentioningFilter() {
        // The entities of the sample: the first articles of the oldest (sample) articles.
        JsonPath json = GraphQLClient.data("""
                { articles(first: 2, order: OLDEST_FIRST, to: "2025-12-31", from: "2025-01-01") {
                    nodes { people { id } organizations { id } places { id } } } }""");
        Map<String, List<String>> entities = Map.of("Person", json.getList("articles.nodes.people.id.flatten()"),
                "Organization", json.getList("articles.nodes.organizations.id.flatten()"),
                "Place", json.getList("articles.nodes.places.id.flatten()"));
        int checked = 0;
        for (Map.Entry<String, List<String>> entry : entities.entrySet()) {
            assertFalse(entry.getValue().isEmpty(), "the sample has " + entry.getKey() + " entities");
            for (String id : entry.getValue().subList(0, Math.min(4, entry.getValue().size()))) {
                List<String> nested = nestedArticles(entry.getKey(), id);
                List<String> root = Connections.all("articles", "mentioning: \"" + id + "\"", "id").stream()
                        .map(node -> (String) node.get("id")).toList();
                assertFalse(nested.isEmpty(), entry.getKey() + " " + id + " is mentioned somewhere");
                assertEquals(root, nested, entry.getKey() + " " + id + ": nested articles == articles(mentioning:)");
                checked++;
            }
        }
        assertTrue(checked >= 6);
    }

    @Test
    void rootFiltersRejectIdsOfTheWrongType() {
        String articleId = GraphQLClient.data("{ articles(first: 1) { nodes { id } } }").getString("articles.nodes[0].id");
        String personId = GraphQLClient.data("{ people(first: 1) { nodes { id } } }").getString("people.nodes[0].id");
        Map<String, String> queries = Map.of(
                "query($id: ID) { articles(mentioning: $id) { totalCount } }", articleId,
                "query($id: ID) { articles(feed: $id) { totalCount } }", personId,
                "query($id: ID) { articles(source: $id) { totalCount } }", personId,
                "query($id: ID) { statements(speaker: $id) { totalCount } }", articleId,
                "query($id: ID) { statements(article: $id) { totalCount } }", personId,
                "query($id: ID) { incidents(within: $id) { totalCount } }", personId,
                "query($id: ID) { places(within: $id) { totalCount } }", articleId,
                "query($id: ID) { people(organization: $id) { totalCount } }", personId);
        queries.forEach((query, id) -> {
            Map<String, Object> error = GraphQLClient.firstError(query, Map.of("id", id));
            assertEquals("BAD_USER_INPUT", GraphQLClient.code(error), query + ": " + error);
            assertThat(query + ": " + error, GraphQLClient.message(error), containsString("must be the ID of"));
        });
    }
}
