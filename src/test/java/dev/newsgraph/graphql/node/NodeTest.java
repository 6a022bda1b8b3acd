package dev.newsgraph.graphql.node;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Relay object identification: node(id) and nodes(ids) for every node type, and ID validation. */
@QuarkusTest
class NodeTest {
    /** The fields that identify a node of each type, read the same way from a list and from node(id). */
    static final String NODE_FIELDS = """
            __typename id
            ... on Article { headline }
            ... on Person { name }
            ... on Organization { name }
            ... on Place { name }
            ... on Statement { text }
            ... on Incident { title }
            ... on Feed { name }""";

    static final String NODE = "query($id: ID!) { node(id: $id) { " + NODE_FIELDS + " } }";
    static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { " + NODE_FIELDS + " } }";

    /** Every node reachable from the articles connection, with its type and identifying text, by ID. */
    static Map<String, Map<String, Object>> reachableNodes() {
        JsonPath json = GraphQLClient.data("""
                {
                  articles(first: 100) {
                    totalCount
                    nodes {
                      __typename id headline
                      people { __typename id name }
                      organizations { __typename id name }
                      places { __typename id name }
                      statements { __typename id text }
                      incidents { __typename id title }
                      feeds { __typename id name }
                    }
                  }
                }""");
        assertTrue(json.getLong("articles.totalCount") <= 100, "this test reads all articles in one page");
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        List<Map<String, Object>> articles = json.getList("articles.nodes");
        for (Map<String, Object> article : articles) {
            Map<String, Object> plain = new LinkedHashMap<>(article);
            plain.keySet().retainAll(List.of("__typename", "id", "headline"));
            nodes.put((String) article.get("id"), plain);
            for (String field : List.of("people", "organizations", "places", "statements", "incidents", "feeds")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> linked = (List<Map<String, Object>>) article.get(field);
                linked.forEach(node -> nodes.put((String) node.get("id"), node));
            }
        }
        return nodes;
    }

    @Test
    void nodeReturnsTheSameNodeForEveryReachableNode() {
        Map<String, Map<String, Object>> nodes = reachableNodes();
        List<String> types = nodes.values().stream().map(node -> (String) node.get("__typename")).distinct().sorted().toList();
        assertEquals(List.of("Article", "Feed", "Incident", "Organization", "Person", "Place", "Statement"), types,
                "the sample data reaches every node type");
        nodes.forEach((id, expected) -> {
            Map<String, Object> node = GraphQLClient.data(NODE, Map.of("id", id)).getMap("node");
            assertNotNull(node, "node(" + id + ") of " + expected + " is null");
            assertEquals(expected, node, "node(" + id + ")");
        });
    }

    @Test
    void nodeOfEveryArticleHasItsHeadline() {
        JsonPath json = GraphQLClient.data("{ articles(first: 100) { totalCount nodes { id headline } } }");
        List<Map<String, Object>> articles = json.getList("articles.nodes");
        assertEquals(json.getLong("articles.totalCount"), articles.size());
        assertTrue(articles.size() >= 3);
        for (Map<String, Object> article : articles) {
            JsonPath node = GraphQLClient.data("query($id: ID!) { node(id: $id) { id ... on Article { headline } } }",
                    Map.of("id", article.get("id")));
            assertEquals(article.get("id"), node.getString("node.id"));
            assertEquals(article.get("headline"), node.getString("node.headline"));
        }
    }

    @Test
    void nodesPreservesOrderAndGivesNullForMissingNodes() {
        Map<String, Map<String, Object>> nodes = reachableNodes();
        List<String> ids = new ArrayList<>(nodes.keySet());
        Collections.reverse(ids);
        ids = new ArrayList<>(ids.subList(0, Math.min(ids.size(), 90)));
        String missing = id("Article:999999");
        ids.add(ids.size() / 2, missing);
        ids.add(ids.get(0)); // a repeated ID is answered twice
        List<Map<String, Object>> answer = GraphQLClient.data(NODES, Map.of("ids", ids)).getList("nodes");
        assertEquals(ids.size(), answer.size());
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals(missing)) {
                assertNull(answer.get(i), "position " + i + " names no node");
            } else {
                assertEquals(nodes.get(ids.get(i)), answer.get(i), "position " + i);
            }
        }
        assertEquals(List.of(), GraphQLClient.data(NODES, Map.of("ids", List.of())).getList("nodes"));
    }

    @Test
    void wellFormedIdOfAMissingNodeIsNullWithoutError() {
        for (String plain : List.of("Article:999999", "Person:999999", "Organization:999999", "Place:999999",
                "Statement:999999", "Incident:999999", "Feed:999999")) {
            Response response = GraphQLClient.post(NODE, Map.of("id", id(plain)));
            response.then().statusCode(200);
            assertNull(response.jsonPath().get("errors"), plain + ": " + response.asString());
            assertTrue(response.jsonPath().getMap("data").containsKey("node"));
            assertNull(response.jsonPath().get("data.node"), plain);
        }
    }

    @Test
    void idOfOneTypeDoesNotFetchANodeOfAnotherType() {
        Map<String, Map<String, Object>> nodes = reachableNodes();
        String placeId = nodes.values().stream().filter(node -> "Place".equals(node.get("__typename")))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();
        String plain = new String(Base64.getUrlDecoder().decode(placeId), StandardCharsets.UTF_8);
        assertThat(plain, containsString("Place:"));
        String key = plain.substring(plain.indexOf(':') + 1);
        for (String type : List.of("Person", "Organization")) {
            assertNull(GraphQLClient.data(NODE, Map.of("id", id(type + ":" + key))).get("node"),
                    type + " ID with the key of a place");
        }
        assertEquals("Place", GraphQLClient.data(NODE, Map.of("id", id("Place:" + key))).getString("node.__typename"));
    }

    @Test
    void malformedIdsAreBadUserInput() {
        List<String> malformed = List.of("nope", "", "!!!", id("Article:abc"), id("Article:0"), id("Article:-5"),
                id("Unicorn:1"), id("Article"), "x".repeat(100));
        for (String id : malformed) {
            Map<String, Object> error = GraphQLClient.firstError(NODE, Map.of("id", id));
            assertEquals("BAD_USER_INPUT", code(error), "node('" + id + "'): " + error);
            assertThat(message(error), containsString("Malformed ID"));
            assertThat(message(error), containsString("use an ID returned by this API"));

            Map<String, Object> nodesError = GraphQLClient.firstError(NODES, Map.of("ids", List.of(id(("Article:1")), id)));
            assertEquals("BAD_USER_INPUT", code(nodesError), "nodes([.., '" + id + "']): " + nodesError);
            assertThat(message(nodesError), containsString("Malformed ID"));
        }
    }

    @Test
    void tooManyIdsAreBadUserInput() {
        List<String> ids = IntStream.rangeClosed(1, 101).mapToObj(i -> id("Article:" + i)).toList();
        Map<String, Object> error = GraphQLClient.firstError(NODES, Map.of("ids", ids));
        assertEquals("BAD_USER_INPUT", code(error));
        assertThat(message(error), containsString("100"));
        assertEquals(100, GraphQLClient.data(NODES, Map.of("ids", ids.subList(0, 100))).getList("nodes").size());
    }

    /** A global ID as the API builds it: base64url without padding of "Type:key". */
    static String id(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static String code(Map<String, Object> error) {
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
        return extensions == null ? null : (String) extensions.get("code");
    }

    static String message(Map<String, Object> error) {
        return String.valueOf(error.get("message"));
    }
}
