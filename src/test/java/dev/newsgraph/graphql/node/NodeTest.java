package dev.newsgraph.graphql.node;

import static dev.newsgraph.graphql.GraphQLClient.code;
import static dev.newsgraph.graphql.GraphQLClient.message;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
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
            ... on Feed { name }
            ... on Event { title }""";

    /** The identifying text field of each node type. */
    static final Map<String, String> TEXT = Map.of("Article", "headline", "Person", "name", "Organization", "name",
            "Place", "name", "Statement", "text", "Incident", "title", "Feed", "name", "Event", "title");

    static final String NODE = "query($id: ID!) { node(id: $id) { " + NODE_FIELDS + " } }";
    static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { " + NODE_FIELDS + " } }";

    /**
     * Every node of every root connection (articles, people, organizations, places, statements, incidents, events) and the
     * feeds of the articles, with its type and identifying text, by ID.
     */
    static Map<String, Map<String, Object>> allNodes() {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Connections.ROOT.forEach((connection, type) -> {
            List<Map<String, Object>> list = Connections.all(connection, "__typename id " + TEXT.get(type));
            assertFalse(list.isEmpty(), "the sample data has " + connection);
            for (Map<String, Object> node : list) {
                assertEquals(type, node.get("__typename"), connection + " holds " + type + " nodes");
                assertNull(nodes.put((String) node.get("id"), node), "an ID names two nodes: " + node);
            }
        });
        for (Map<String, Object> article : Connections.all("articles", "id feeds { __typename id name }")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> feeds = (List<Map<String, Object>>) article.get("feeds");
            feeds.forEach(feed -> nodes.put((String) feed.get("id"), feed));
        }
        return nodes;
    }

    @Test
    void nodeReturnsTheSameNodeForEveryNodeOfEveryType() {
        Map<String, Map<String, Object>> nodes = allNodes();
        List<String> types = nodes.values().stream().map(node -> (String) node.get("__typename")).distinct().sorted().toList();
        assertEquals(List.of("Article", "Event", "Feed", "Incident", "Organization", "Person", "Place", "Statement"), types,
                "every node type is checked");
        // node(id) under aliases, 50 per request.
        List<String> ids = new ArrayList<>(nodes.keySet());
        for (int from = 0; from < ids.size(); from += 50) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 50));
            StringBuilder query = new StringBuilder("query(");
            for (int i = 0; i < batch.size(); i++) {
                query.append(i == 0 ? "" : ", ").append("$id").append(i).append(": ID!");
            }
            query.append(") {");
            Map<String, Object> variables = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                query.append(" n").append(i).append(": node(id: $id").append(i).append(") { ").append(NODE_FIELDS).append(" }");
                variables.put("id" + i, batch.get(i));
            }
            JsonPath json = GraphQLClient.data(query.append(" }").toString(), variables);
            for (int i = 0; i < batch.size(); i++) {
                Map<String, Object> node = json.getMap("n" + i);
                assertNotNull(node, "node(" + batch.get(i) + ") of " + nodes.get(batch.get(i)) + " is null");
                assertEquals(nodes.get(batch.get(i)), node, "node(" + batch.get(i) + ")");
            }
        }
    }

    @Test
    void nodeReturnsTheSameNodeAsTheArticleFieldsLinkTo() {
        JsonPath json = GraphQLClient.data("""
                {
                  articles(first: 3, order: OLDEST_FIRST) {
                    nodes {
                      people { __typename id name }
                      organizations { __typename id name }
                      places { __typename id name }
                      statements { __typename id text }
                      incidents { __typename id title }
                    }
                  }
                }""");
        List<Map<String, Object>> linked = new ArrayList<>();
        for (String field : List.of("people", "organizations", "places", "statements", "incidents")) {
            List<List<Map<String, Object>>> lists = json.getList("articles.nodes." + field);
            lists.forEach(linked::addAll);
        }
        assertFalse(linked.isEmpty());
        for (Map<String, Object> expected : linked) {
            assertEquals(expected, GraphQLClient.data(NODE, Map.of("id", expected.get("id"))).getMap("node"));
        }
    }

    @Test
    void nodeOfEveryArticleHasItsHeadline() {
        List<Map<String, Object>> articles = Connections.all("articles", "id headline");
        assertTrue(articles.size() >= 3);
        for (Map<String, Object> article : articles) {
            JsonPath node = GraphQLClient.data("query($id: ID!) { node(id: $id) { id ... on Article { headline } } }",
                    Map.of("id", article.get("id")));
            assertEquals(article.get("id"), node.getString("node.id"));
            assertEquals(article.get("headline"), node.getString("node.headline"));
        }
    }

    static Response nodes(List<String> ids) {
        Response response = GraphQLClient.post(NODES, Map.of("ids", ids));
        response.then().statusCode(200);
        return response;
    }

    @Test
    void nodesPreservesOrderAndGivesNullForMissingNodes() {
        Map<String, Map<String, Object>> nodes = allNodes();
        List<String> ids = new ArrayList<>(nodes.keySet());
        Collections.reverse(ids);
        ids = new ArrayList<>(ids.subList(0, Math.min(ids.size(), 90)));
        String missing = id("Article:999999");
        ids.add(ids.size() / 2, missing);
        ids.add(ids.get(0)); // a repeated ID is answered twice
        Response response = nodes(ids);
        assertNull(response.jsonPath().get("errors"), response.asString());
        List<Map<String, Object>> answer = response.jsonPath().getList("data.nodes");
        assertEquals(ids.size(), answer.size());
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals(missing)) {
                assertNull(answer.get(i), "position " + i + " names no node");
            } else {
                assertEquals(nodes.get(ids.get(i)), answer.get(i), "position " + i);
            }
        }
        assertEquals(List.of(), nodes(List.of()).jsonPath().getList("data.nodes"));
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
        Map<String, Map<String, Object>> nodes = allNodes();
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

            Response nodes = nodes(List.of(id("Article:1"), id));
            Map<String, Object> nodesError = nodes.jsonPath().getMap("errors[0]");
            assertNotNull(nodesError, "nodes([.., '" + id + "']) must fail: " + nodes.asString());
            assertEquals("BAD_USER_INPUT", code(nodesError), "nodes([.., '" + id + "']): " + nodesError);
            assertThat(message(nodesError), containsString("Malformed ID"));
        }
    }

    @Test
    void oneMalformedIdNullsOnlyItsEntry() {
        Map<String, Map<String, Object>> nodes = allNodes();
        List<String> known = new ArrayList<>(nodes.keySet()).subList(0, 2);
        List<String> ids = List.of(known.get(0), "nope", known.get(1), id("Unicorn:1"));
        Response response = GraphQLClient.post("query($ids: [ID!]!) { nodes(ids: $ids) { id } articles(first: 1) { totalCount } }",
                Map.of("ids", ids));
        response.then().statusCode(200);
        JsonPath json = response.jsonPath();
        assertEquals(known.get(0), json.getString("data.nodes[0].id"), response.asString());
        assertNull(json.get("data.nodes[1]"));
        assertEquals(known.get(1), json.getString("data.nodes[2].id"));
        assertNull(json.get("data.nodes[3]"));
        assertTrue(json.getInt("data.articles.totalCount") > 0, "the other root field is answered: " + response.asString());
        List<Map<String, Object>> errors = json.getList("errors");
        assertEquals(2, errors.size(), response.asString());
        assertEquals(List.of(List.of("nodes", 1), List.of("nodes", 3)),
                errors.stream().map(error -> error.get("path")).sorted(Comparator.comparing(Object::toString)).toList());
        errors.forEach(error -> {
            assertEquals("BAD_USER_INPUT", code(error), error.toString());
            assertThat(message(error), containsString("Malformed ID"));
        });
    }

    @Test
    void tooManyIdsAreBadUserInput() {
        List<String> ids = IntStream.rangeClosed(1, 101).mapToObj(i -> id("Article:" + i)).toList();
        Response tooMany = nodes(ids);
        Map<String, Object> error = tooMany.jsonPath().getMap("errors[0]");
        assertNotNull(error, "101 IDs must fail: " + tooMany.asString());
        assertEquals("BAD_USER_INPUT", code(error));
        assertThat(message(error), containsString("100"));
        assertEquals(100, nodes(ids.subList(0, 100)).jsonPath().getList("data.nodes").size());
    }

    /** A global ID as the API builds it: base64url without padding of "Type:key". */
    static String id(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
