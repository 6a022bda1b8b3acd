package dev.newsgraph.graphql.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.graphql.GeneratedArticles;
import dev.newsgraph.graphql.GraphQLClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compiled read path answers exactly as the resolvers do: every query here is sent twice over HTTP, once compiled
 * and once through the resolvers, and the two bodies must be equal, key order included (numbers compared by value:
 * PostgreSQL writes 50 where Java writes 50.0). The counters prove which path each request took, so a query that
 * silently fell back would fail here. The queries between them select every field the compiler translates.
 */
@QuarkusTest
class CompiledReadsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CompiledReads compiledReads;
    @Inject
    MeterRegistry registry;
    @Inject
    SessionFactory sessionFactory;

    private static boolean ingested;

    /** The sample's real copy, and generated articles with every kind of node and link. */
    @BeforeEach
    void ingestGeneratedArticles() {
        if (ingested) {
            return;
        }
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            articles.add(GeneratedArticles.article("Compiled", n));
        }
        List<String> statuses = GraphQLClient.asEditor().data(GeneratedArticles.INGEST, Map.of("input", articles))
                .getList("ingestArticles.status");
        assertTrue(statuses.stream().allMatch("CREATED"::equals), "generated articles are new: " + statuses);
        ingested = true;
    }

    @AfterEach
    void enableAgain() {
        compiledReads.enable(true);
    }

    @Test
    void theBenchmarkShapesAndEveryFieldAnswerAsTheResolversDo() throws Exception {
        Map<String, Object> ids = sampleIds();
        List<String> queries = List.of(
                // the shapes of scripts/bench
                "{ articles(first: 20) { nodes { headline people { name roles { title organization { name } } } places { name parent { name } } } } }",
                "query($place: ID) { incidents(within: $place, first: 20) { nodes { title place { name parent { name } } perpetrators { entity { name } } } } }",
                "{ incidents(country: \"UA\", first: 20) { nodes { title place { name parent { name } } perpetrators { entity { name } } } } }",
                "query($person: ID!) { node(id: $person) { ... on Person { name statements(first: 20) { nodes { text article { headline } } } } } }",
                // articles: every field, edges, cursors, page info, count
                """
                { articles(first: 6, order: OLDEST_FIRST) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                  edges { cursor node { __typename id headline ingestedAt author url version externalId publishedOn notBefore dateBasis
                    dateEvidence headlineBasis paragraphs
                    dateline { id name kind countryCode latitude longitude aliases }
                    source { id name kind countryCode aliases }
                    mentions { sentence entity { __typename id name ... on Place { kind } ... on Person { aliases } } }
                    statements { id kind text saidOn channel speakerDescription speaker { id name } venue { name } event { title }
                      about { id name } }
                    incidents { id title } events { id title } feeds { __typename id name }
                    photos { caption credit takenOn filePhoto agency { name } photographer { name } place { name } }
                    organizations { name } } } } }""",
                // paging forward and backward from a cursor, and filters
                "query($after: String) { articles(first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
                "query($before: String) { articles(last: 2, before: $before) { totalCount nodes { id headline } pageInfo { hasNextPage hasPreviousPage } } }",
                "{ articles(first: 5, from: \"2025-01-01\", to: \"2026-12-31\", text: \"attack\") { totalCount nodes { headline publishedOn } } }",
                // incidents: every field
                """
                { incidents(first: 15) { totalCount nodes { id type title occurredOn datePrecision dateText killed killedAtLeast
                    killedLow killedHigh injured injuredAtLeast place { name country { name countryCode } } partOf { id } parts { id }
                    actors { role attribution description entity { __typename name } }
                    figures { kind value atLeast note reportedOn partyClaim reportedBy { name } } reporters { name }
                    munitions { weapon quantity atLeast } articles { headline } } } }""",
                // (each alone: the resolvers batch a field's calls without telling their arguments apart)
                "{ incidents(first: 15) { nodes { title victims: actors(role: VICTIM) { role entity { name } } } } }",
                "{ places(first: 25) { nodes { name direct: incidents(includeSubPlaces: false) { totalCount nodes { title } } } } }",
                "{ incidents(first: 5, order: OLDEST_FIRST, type: [ATTACK, AIR_DRONE_STRIKE, SHELLING_MISSILE_ATTACK, BOMBING]) { nodes { title type } } }",
                // events
                """
                { events(first: 10) { totalCount nodes { id kind title occurredOn datePrecision dateText place { name } venue { name }
                    participants { __typename name } statements { text } articles { headline } } } }""",
                // people, with nested connections
                """
                { people(first: 12) { totalCount edges { cursor node { id name aliases
                    roles { title current person { name } organization { name } place { name } }
                    statements(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                      edges { cursor node { text } } }
                    articles(first: 3) { totalCount nodes { headline } } events { nodes { title } } } } } }""",
                """
                { organizations(first: 12) { nodes { id name kind countryCode aliases members { title person { name } }
                    statements { totalCount } incidents(first: 2) { nodes { title } } articles(first: 1) { pageInfo { hasNextPage }
                    nodes { headline } } events { totalCount } } } }""",
                """
                { places(first: 25) { nodes { id name kind latitude longitude country { name } parent { name } children { name }
                    incidents(first: 3) { totalCount nodes { title } }
                    events { totalCount } articles(first: 2) { nodes { headline } } statementsMadeHere { totalCount nodes { text } } } } }""",
                """
                { statements(first: 10) { nodes { id kind text saidOn
                    speaker { ... on Person { name roles { title } } ... on Organization { name kind } ... on Place { name } }
                    article { headline dateline { name } } event { title kind } } } }""",
                // nodes by ID, fragments, aliases, directives, __typename at the root
                "query($ids: [ID!]!) { __typename nodes(ids: $ids) { __typename id ... on Article { headline } ... on Person { name } ... on Place { name } } }",
                "query($place: ID!, $parent: Boolean!) { node(id: $place) { id ... on Place { name parent @include(if: $parent) { name } kind @skip(if: true) } } }");
        for (String query : queries) {
            JsonNode compiled = answer(query, ids, true);
            JsonNode resolved = answer(query, ids, false);
            assertFalse(compiled.has("errors"), query + "\n" + compiled);
            assertNotNull(compiled.get("data"), query);
            assertSame(resolved, compiled, query);
        }
    }

    @Test
    void aQueryCostsOneStatementPlusOnePerRootListHoweverLargeThePage() {
        Statistics statistics = sessionFactory.getStatistics();
        String front = "query($n: Int!) { articles(first: $n) { nodes { headline people { name roles { title organization { name } } }"
                + " places { name parent { name } } statements { text speaker { name } } incidents { title place { name } } } } }";
        for (int n : new int[] {1, 30}) {
            statistics.clear();
            assertEquals(n, GraphQLClient.data(front, Map.of("n", n)).getList("articles.nodes").size());
            assertEquals(2, statistics.getPrepareStatementCount(), "the page, then the data of " + n + " articles");
        }
        statistics.clear();
        GraphQLClient.data("{ articles(first: 5) { totalCount nodes { id } } people(first: 5) { nodes { id } } }");
        assertEquals(4, statistics.getPrepareStatementCount(), "two pages, the count asked for, the data");
        statistics.clear();
        String person = (String) sampleIds().get("person");
        statistics.clear();
        GraphQLClient.data("query($id: ID!) { node(id: $id) { ... on Person { name statements(first: 20) { totalCount nodes { text"
                + " article { headline } } } } } }", Map.of("id", person));
        assertEquals(1, statistics.getPrepareStatementCount(), "a node and all below it: one statement");
    }

    @Test
    void nestedListsPageForwardAndBackwardFromCursorsAsTheResolversDo() throws Exception {
        String place = (String) sampleIds().get("place");
        String page = "query($place: ID!, $first: Int, $after: String, $last: Int, $before: String) { node(id: $place) { ... on Place {"
                + " incidents(first: $first, after: $after, last: $last, before: $before) { totalCount edges { cursor node { title } }"
                + " pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }";
        Map<String, Object> variables = new HashMap<>(Map.of("place", place, "first", 2));
        int pages = 0;
        String lastCursor = null;
        while (true) {
            JsonNode compiled = answer(page, variables, true);
            assertSame(answer(page, variables, false), compiled, page + " " + variables);
            JsonNode connection = compiled.at("/data/node/incidents");
            pages++;
            if (!connection.at("/pageInfo/hasNextPage").asBoolean()) {
                lastCursor = connection.at("/pageInfo/endCursor").asText();
                break;
            }
            variables.put("after", connection.at("/pageInfo/endCursor").asText());
        }
        assertTrue(pages >= 2, "Ukraine's incidents fill several pages of 2");
        Map<String, Object> backward = new HashMap<>(Map.of("place", place, "last", 2, "before", lastCursor));
        JsonNode compiled = answer(page, backward, true);
        assertSame(answer(page, backward, false), compiled, "backward");
        assertEquals(2, compiled.at("/data/node/incidents/edges").size(), "at least two incidents come before the last");
    }

    @Test
    void whatItDoesNotTranslateGoesToTheResolvers() throws Exception {
        Map<String, Object> ids = sampleIds();
        for (String query : List.of(
                "{ search(text: \"NATO\") { rank node { id } } }",
                "{ incidentStats(groupBy: TYPE) { key incidents } }",
                "query($person: ID!) { node(id: $person) { ... on Person { mentionedWith { articles person { name } } } } }",
                "{ __schema { queryType { name } } }")) {
            double before = count("resolvers");
            JsonNode answer = answer(query, ids, true);
            assertEquals(before + 1, count("resolvers"), query + " goes to the resolvers");
            assertTrue(answer.has("data") || answer.has("errors"), query);
        }
    }

    @Test
    void anExplicitNullForAnArgumentWithADefaultMeansTheDefault() throws Exception {
        Map<String, Object> ids = sampleIds();
        String query = "{ places(first: 5) { nodes { name incidents(includeSubPlaces: null) { totalCount } events(includeSubPlaces: null) { totalCount } } } }";
        JsonNode compiled = answer(query, ids, true);
        assertFalse(compiled.has("errors"), compiled.toString());
        assertSame(answer(query, ids, false), compiled, query);
        for (String resolved : List.of("{ search(text: \"Kharkiv\", first: null) { rank } }",
                "query($person: ID!) { node(id: $person) { ... on Person { mentionedWith(first: null) { articles } } } }")) {
            JsonNode answer = answer(resolved, ids, true);
            assertFalse(answer.has("errors"), resolved + "\n" + answer);
        }
    }

    @Test
    void argumentsTheResolversRefuseGetTheirErrors() throws Exception {
        for (String query : List.of(
                "{ node(id: \"not-an-id\") { id } }",
                "{ articles(first: 100000) { nodes { id } } }",
                "{ incidents(country: \"Ukraine\") { nodes { id } } }",
                "{ articles(first: 1, after: \"garbage\") { nodes { id } } }")) {
            JsonNode compiled = answer(query, Map.of(), true);
            JsonNode resolved = answer(query, Map.of(), false);
            assertTrue(compiled.has("errors"), query);
            assertEquals(resolved, compiled, query);
        }
    }

    /** IDs from the sample data that the queries take as variables. */
    private static Map<String, Object> sampleIds() {
        var statements = GraphQLClient.data("{ statements(first: 50) { nodes { speaker { __typename id } } } }");
        String person = statements.<Map<String, Object>>getList("statements.nodes.speaker").stream()
                .filter(speaker -> speaker != null && "Person".equals(speaker.get("__typename")))
                .map(speaker -> (String) speaker.get("id")).findFirst().orElseThrow();
        var places = GraphQLClient.data("{ places(first: 1, kind: COUNTRY, country: \"UA\") { nodes { id } } }");
        String place = places.getString("places.nodes[0].id");
        var articles = GraphQLClient.data("{ articles(first: 4) { edges { cursor node { id } } } }");
        List<String> cursors = articles.getList("articles.edges.cursor");
        List<Object> nodeIds = new ArrayList<>(articles.getList("articles.edges.node.id"));
        nodeIds.add(person);
        nodeIds.add(place);
        nodeIds.add("QXJ0aWNsZTo5OTk5OTk5"); // Article:9999999, which does not exist
        Map<String, Object> ids = new HashMap<>();
        ids.put("person", person);
        ids.put("place", place);
        ids.put("parent", true);
        ids.put("after", cursors.get(1));
        ids.put("before", cursors.get(3));
        ids.put("ids", nodeIds);
        return ids;
    }

    private JsonNode answer(String query, Map<String, Object> ids, boolean compiled) throws Exception {
        compiledReads.enable(compiled);
        double before = count("compiled");
        Map<String, Object> variables = new HashMap<>();
        ids.forEach((name, value) -> {
            if (query.contains("$" + name)) {
                variables.put(name, value);
            }
        });
        String body = GraphQLClient.post(query, variables).then().statusCode(200).extract().asString();
        if (compiled && !JSON.readTree(body).has("errors") && !query.contains("__schema") && !query.contains("search(")
                && !query.contains("incidentStats") && !query.contains("mentionedWith")) {
            assertEquals(before + 1, count("compiled"), "compiled: " + query);
        }
        return JSON.readTree(body);
    }

    private double count(String path) {
        return registry.get("newsgraph_compiled_reads").tag("path", path).counter().count();
    }

    /** Equal JSON, objects with their keys in the same order, numbers by value. */
    private static void assertSame(JsonNode expected, JsonNode actual, String where) {
        if (expected.isNumber() && actual.isNumber()) {
            assertEquals(expected.doubleValue(), actual.doubleValue(), where);
        } else if (expected.isObject() && actual.isObject()) {
            List<String> expectedKeys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedKeys::add);
            List<String> actualKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            assertEquals(expectedKeys, actualKeys, where);
            for (String key : expectedKeys) {
                assertSame(expected.get(key), actual.get(key), where + " ." + key);
            }
        } else if (expected.isArray() && actual.isArray()) {
            assertEquals(expected.size(), actual.size(), where + " length");
            Iterator<JsonNode> actualElements = actual.elements();
            int i = 0;
            for (JsonNode element : expected) {
                assertSame(element, actualElements.next(), where + "[" + i++ + "]");
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
