package dev.newsgraph.graphql;

import static dev.newsgraph.graphql.GraphQLClient.code;
import static dev.newsgraph.graphql.GraphQLClient.message;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyset pagination of the root articles connection: complete walks both ways, limits and argument errors. */
@QuarkusTest
class PaginationTest {
    static final String PAGE = """
            query($first: Int, $after: String, $last: Int, $before: String, $order: ArticleOrder) {
              articles(first: $first, after: $after, last: $last, before: $before, order: $order) {
                totalCount
                edges { cursor node { id headline } }
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Test
    void forwardWalkVisitsEveryArticleOnceAndBackwardWalkReversesIt() {
        for (String order : List.of("NEWEST_FIRST", "OLDEST_FIRST")) {
            List<String> forward = walk(order, true);
            List<String> backward = walk(order, false);
            Collections.reverse(backward);
            assertEquals(forward, backward, order + ": walking backward with last: 1 must give the forward order reversed");
        }
        List<String> newest = walk("NEWEST_FIRST", true);
        List<String> oldest = walk("OLDEST_FIRST", true);
        Collections.reverse(oldest);
        assertEquals(newest, oldest, "OLDEST_FIRST must be NEWEST_FIRST reversed");
    }

    /** Walks the whole connection one edge at a time; returns the ids in the order of the connection. */
    private List<String> walk(String order, boolean forwards) {
        long total = -1;
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; ; page++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("order", order);
            variables.put(forwards ? "first" : "last", 1);
            variables.put(forwards ? "after" : "before", cursor);
            JsonPath json = GraphQLClient.data(PAGE, variables);
            long pageTotal = json.getLong("articles.totalCount");
            if (total < 0) {
                total = pageTotal;
                assertThat("the sample data has 3 distinct articles", total, greaterThanOrEqualTo(3L));
            }
            assertEquals(total, pageTotal, "totalCount must not depend on the page");
            List<String> edgeIds = json.getList("articles.edges.node.id");
            assertEquals(edgeIds, json.getList("articles.nodes.id"), "edges.node and nodes must agree");
            boolean more = json.getBoolean(forwards ? "articles.pageInfo.hasNextPage" : "articles.pageInfo.hasPreviousPage");
            boolean behind = json.getBoolean(forwards ? "articles.pageInfo.hasPreviousPage" : "articles.pageInfo.hasNextPage");
            assertEquals(1, edgeIds.size(), order + " page " + page + " must hold exactly one edge (total " + total + ")");
            assertEquals(page > 0, behind, "page " + page + ": pages were already walked, the other direction must say so");
            String edgeCursor = json.getString("articles.edges[0].cursor");
            assertEquals(edgeCursor, json.getString("articles.pageInfo.startCursor"));
            assertEquals(edgeCursor, json.getString("articles.pageInfo.endCursor"));
            if (forwards) {
                ids.add(edgeIds.get(0));
            } else {
                ids.add(0, edgeIds.get(0));
            }
            cursor = edgeCursor;
            assertTrue(page <= total, "the walk does not end: more pages than totalCount " + total);
            if (!more) {
                break;
            }
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "an article was repeated: " + ids);
        assertEquals(total, ids.size(), "the walk must visit totalCount articles");

        // One page past the end is empty and says there is nothing more.
        Map<String, Object> variables = new HashMap<>();
        variables.put("order", order);
        variables.put(forwards ? "first" : "last", 1);
        variables.put(forwards ? "after" : "before", cursor);
        JsonPath past = GraphQLClient.data(PAGE, variables);
        assertEquals(List.of(), past.getList("articles.edges"));
        assertFalse(past.getBoolean(forwards ? "articles.pageInfo.hasNextPage" : "articles.pageInfo.hasPreviousPage"));
        return forwards ? ids : reversedCopy(ids);
    }

    private static List<String> reversedCopy(List<String> ids) {
        // walk() collects backward pages at the front, so ids are already in connection order; return them reversed
        // so that the caller can compare the order of visits against the forward walk.
        List<String> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }

    /** Every root connection, walked in pages of 7 both ways: the same nodes, once each, in mirrored order. */
    @ParameterizedTest
    @ValueSource(strings = {"articles", "people", "organizations", "places", "statements", "incidents"})
    void everyRootConnectionWalksBothWays(String connection) {
        String query = "query($first: Int, $after: String, $last: Int, $before: String) { " + connection
                + "(first: $first, after: $after, last: $last, before: $before) { totalCount"
                + " nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        List<String> forward = new ArrayList<>();
        List<String> backward = new ArrayList<>();
        long total = -1;
        for (boolean forwards : List.of(true, false)) {
            String cursor = null;
            boolean more = true;
            for (int page = 0; more; page++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put(forwards ? "first" : "last", 7);
                variables.put(forwards ? "after" : "before", cursor);
                JsonPath json = GraphQLClient.data(query, variables);
                total = json.getLong(connection + ".totalCount");
                List<String> ids = json.getList(connection + ".nodes.id");
                more = json.getBoolean(connection + ".pageInfo." + (forwards ? "hasNextPage" : "hasPreviousPage"));
                assertTrue(ids.size() == 7 || !more, connection + ": only the last page may be short");
                if (forwards) {
                    forward.addAll(ids);
                } else {
                    backward.addAll(0, ids);
                }
                cursor = json.getString(connection + ".pageInfo." + (forwards ? "endCursor" : "startCursor"));
                assertTrue(page <= total, connection + ": the walk does not end");
            }
        }
        assertThat(connection + " has sample rows", total, greaterThanOrEqualTo(1L));
        assertEquals(total, forward.size(), connection + ": the forward walk visits totalCount nodes");
        assertEquals(forward.size(), new HashSet<>(forward).size(), connection + ": a node was repeated");
        assertEquals(forward, backward, connection + ": the backward walk gives the same order");
    }

    @Test
    void largePageHoldsEverythingInTheSameOrder() {
        JsonPath all = GraphQLClient.data(PAGE, Map.of("first", 100));
        long total = all.getLong("articles.totalCount");
        List<String> ids = all.getList("articles.nodes.id");
        if (total <= 100) {
            assertEquals(total, ids.size());
            assertFalse(all.getBoolean("articles.pageInfo.hasNextPage"));
        } else {
            assertEquals(100, ids.size());
            assertTrue(all.getBoolean("articles.pageInfo.hasNextPage"));
        }
        assertEquals(ids.size(), new LinkedHashSet<>(ids).size());
        JsonPath two = GraphQLClient.data(PAGE, Map.of("first", 2));
        assertEquals(ids.subList(0, 2), two.getList("articles.nodes.id"));
        JsonPath next = GraphQLClient.data(PAGE, Map.of("first", 1, "after", two.getString("articles.pageInfo.endCursor")));
        assertEquals(ids.subList(2, 3), next.getList("articles.nodes.id"));
    }

    @Test
    void firstZeroIsAnEmptyPage() {
        JsonPath json = GraphQLClient.data(PAGE, Map.of("first", 0));
        assertEquals(List.of(), json.getList("articles.edges"));
        assertTrue(json.getLong("articles.totalCount") >= 3);
    }

    @Test
    void pageSizeAboveTheLimitIsLimitExceeded() {
        for (String argument : List.of("first", "last")) {
            Map<String, Object> error = GraphQLClient.firstError(PAGE, Map.of(argument, 100000));
            assertEquals("LIMIT_EXCEEDED", code(error), "error: " + error);
            assertThat(message(error), containsString("100"));
            assertThat(message(error), containsString(argument));
        }
        assertEquals("LIMIT_EXCEEDED", code(GraphQLClient.firstError(PAGE, Map.of("first", 101))));
        GraphQLClient.data(PAGE, Map.of("first", 100));
    }

    @Test
    void negativePageSizeIsAnError() {
        for (String argument : List.of("first", "last")) {
            Map<String, Object> error = GraphQLClient.firstError(PAGE, Map.of(argument, -1));
            assertNotNull(code(error), "a negative page size needs an error code: " + error);
            assertThat(message(error), containsString(argument));
            assertThat(message(error), containsString("-1"));
        }
    }

    @Test
    void malformedCursorIsBadUserInput() {
        String noKey = Base64.getUrlEncoder().withoutPadding().encodeToString("2025-01-01|x".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of("nope", "!!!", "", "bm8tYmFy", noKey, "x".repeat(2000))) {
            for (String argument : List.of("after", "before")) {
                Map<String, Object> variables = new HashMap<>();
                variables.put(argument.equals("after") ? "first" : "last", 1);
                variables.put(argument, cursor);
                Map<String, Object> error = GraphQLClient.firstError(PAGE, variables);
                assertEquals("BAD_USER_INPUT", code(error), "cursor '" + cursor + "' in " + argument + ": " + error);
                assertThat(message(error), containsString("cursor"));
                assertThat(message(error), containsString(argument));
            }
        }
    }

    /**
     * A decodable cursor whose sort value is not of the connection's sort type (forged, or taken from another
     * connection) is refused as bad input before it reaches SQL.
     */
    @Test
    void cursorWithForgedSortValueIsAnError() {
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("not-a-date|1".getBytes(StandardCharsets.UTF_8));
        // A cursor of the statements connection (sorted by a bigint) used on articles (sorted by a date).
        String statementCursor = GraphQLClient.data("{ statements(first: 1) { pageInfo { endCursor } } }")
                .getString("statements.pageInfo.endCursor");
        for (String cursor : List.of(forged, statementCursor)) {
            forgedCursorIsRejected(cursor);
        }
    }

    private void forgedCursorIsRejected(String forged) {
        io.restassured.response.Response response = GraphQLClient.post(PAGE, Map.of("first", 1, "after", forged));
        JsonPath json = response.jsonPath();
        assertNotNull(json.get("errors"), "a forged cursor must be rejected: " + response.asString());
        assertTrue(json.get("data") == null || json.get("data.articles") == null, "no page for a forged cursor: " + response.asString());
        assertEquals("BAD_USER_INPUT", code(json.getMap("errors[0]")), response.asString());
        assertThat(message(json.getMap("errors[0]")), containsString("does not belong to this connection"));
    }

    @Test
    void firstAndLastTogetherIsBadUserInput() {
        Map<String, Object> error = GraphQLClient.firstError(PAGE, Map.of("first", 1, "last", 1));
        assertEquals("BAD_USER_INPUT", code(error), "error: " + error);
        assertThat(message(error), containsString("first"));
        assertThat(message(error), containsString("last"));

        String cursor = GraphQLClient.data(PAGE, Map.of("first", 1)).getString("articles.pageInfo.endCursor");
        assertEquals("BAD_USER_INPUT", code(GraphQLClient.firstError(PAGE, Map.of("after", cursor, "before", cursor))));
        assertEquals("BAD_USER_INPUT", code(GraphQLClient.firstError(PAGE, Map.of("first", 1, "before", cursor))));
        assertEquals("BAD_USER_INPUT", code(GraphQLClient.firstError(PAGE, Map.of("last", 1, "after", cursor))));
    }

    static Set<String> codes(List<Map<String, Object>> errors) {
        Set<String> codes = new HashSet<>();
        errors.forEach(error -> codes.add(code(error)));
        return codes;
    }
}
