package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.compiled.CompiledReads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The N+1 guard of the resolvers (the compiled read path, which answers most queries with one statement, is switched
 * off here; CompiledReadsTest counts its statements): a deeply nested query costs the same number of SQL statements
 * for a page of 1 article as for a page of 50, because every nested field is loaded for the whole batch of parents at
 * once. The pages are filtered to
 * the generated articles and incidents, which all have the same shape (a loader skips its statement when no parent
 * links anywhere, so a page of 1 sample article without parent places would need fewer statements).
 */
@QuarkusTest
class QueryCountTest {
    static final String SERIES = "QC";
    static final int GENERATED = 55;

    static final String NESTED = """
            query($n: Int!) {
              articles(first: $n, order: OLDEST_FIRST, from: "2024-01-01", to: "2024-12-31") {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes {
                  id headline publishedOn
                  dateline { id name }
                  source { id name }
                  feeds { id name }
                  people { id name aliases roles { title current organization { id name } place { id name parent { id name } } } }
                  organizations { id name kind }
                  places { id name kind countryCode parent { id name parent { id name } } }
                  statements { id text kind speaker { id name } venue { id name } about { id name } }
                  incidents {
                    id title type
                    place { id name parent { id name parent { id name } } }
                    actors { role description entity { id name } }
                    figures { kind value reportedBy { id name } }
                    partOf { id title }
                  }
                  events {
                    id title kind occurredOn datePrecision
                    place { id name parent { id name } }
                    venue { id name }
                    participants { __typename id name }
                    statements { id text event { id } }
                    articles { id }
                  }
                  photos { caption agency { id name } photographer { id name } place { id name } }
                  mentions { sentence entity { __typename id name } }
                }
              }
            }""";

    /** Root events with their place, participants, statements and articles. */
    static final String EVENTS = """
            query($n: Int!) {
              events(first: $n, kind: [VISIT], from: "2024-01-01", to: "2024-01-01", text: "QC") {
                totalCount
                nodes {
                  id title
                  place { id name parent { id name } }
                  venue { id name }
                  participants { __typename id name }
                  statements { id text speaker { id name } }
                  articles { id headline }
                }
              }
            }""";

    /** Root people with their roles and the places of their roles. */
    static final String PEOPLE = """
            query($n: Int!) {
              people(first: $n) {
                totalCount
                nodes {
                  id name
                  roles { title organization { id name } place { id name parent { id name } } person { id } }
                }
              }
            }""";

    /** Root incidents with their place, its parent and grandparent, and their actors and figures. */
    static final String INCIDENTS = """
            query($n: Int!) {
              incidents(first: $n, type: [PROTEST], from: "2024-01-01", to: "2024-01-01") {
                totalCount
                nodes {
                  id title
                  place { id name parent { id name parent { id name } } }
                  actors { role entity { id name } }
                  figures { kind value reportedBy { id name } }
                  articles { id headline }
                }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;
    @Inject
    CompiledReads compiledReads;

    private static boolean ingested;

    @AfterEach
    void compileAgain() {
        compiledReads.enable(true);
    }

    @BeforeEach
    void ingestGeneratedArticles() {
        compiledReads.enable(false);
        if (ingested) {
            return;
        }
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int n = 1; n <= GENERATED; n++) {
            articles.add(GeneratedArticles.article(SERIES, n));
        }
        // At most 50 articles per mutation.
        for (List<Map<String, Object>> batch : List.of(articles.subList(0, 50), articles.subList(50, GENERATED))) {
            List<String> statuses = GraphQLClient.asEditor().data(GeneratedArticles.INGEST, Map.of("input", batch)).getList("ingestArticles.status");
            assertEquals(batch.size(), statuses.size());
            assertTrue(statuses.stream().allMatch("CREATED"::equals), "generated articles are new: " + statuses);
        }
        ingested = true;
    }

    @Test
    void nestedArticleQueryCostsTheSameForOneAndForFiftyArticles() {
        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics must be on in the test profile");

        measure(statistics, NESTED, 50); // warm-up: first use of each query
        long one = measure(statistics, NESTED, 1);
        long fifty = measure(statistics, NESTED, 50);
        System.out.printf("QueryCountTest: nested articles query: %d statements for 1 article, %d for 50%n", one, fifty);
        assertTrue(one > 0, "statistics count nothing: is the statement count read from the right SessionFactory?");
        assertEquals(one, fifty, "N+1: the nested query costs " + one + " statements for 1 article but " + fifty + " for 50");
    }

    /** Nested connections under generated people and cities, which all have the same shape. */
    static final String NESTED_CONNECTIONS = """
            query($n: Int!) {
              people(first: $n, text: "Alice Anders QC") {
                nodes {
                  id
                  articles(first: 2) { totalCount nodes { id headline } pageInfo { hasNextPage endCursor } }
                  statements(first: 2) { totalCount nodes { id text } }
                  events(first: 2) { totalCount nodes { id title } }
                }
              }
              organizations(first: $n, text: "Ministry QC") {
                nodes {
                  id
                  events(first: 2) { totalCount nodes { id title } }
                }
              }
              places(first: $n, text: "Cityville QC") {
                nodes {
                  id
                  articles(first: 2) { totalCount nodes { id } }
                  incidents(first: 2) { totalCount nodes { id title } }
                  statementsMadeHere(first: 2) { totalCount nodes { id } }
                  events(first: 2) { totalCount nodes { id title } }
                }
              }
            }""";

    @Test
    void nestedConnectionsCostTheSameForOneAndForFiftyParents() {
        Statistics statistics = sessionFactory.getStatistics();
        GraphQLClient.data(NESTED_CONNECTIONS, Map.of("n", 50));
        long[] counts = new long[2];
        int i = 0;
        for (int n : new int[] {1, 50}) {
            statistics.clear();
            JsonPath json = GraphQLClient.data(NESTED_CONNECTIONS, Map.of("n", n));
            counts[i++] = statistics.getPrepareStatementCount();
            for (String connection : List.of("people", "places", "organizations")) {
                List<Map<String, Object>> nodes = json.getList(connection + ".nodes");
                assertEquals(n, nodes.size(), connection + ": a page of " + n);
                for (Map<String, Object> node : nodes) {
                    for (Object nested : node.values()) {
                        if (nested instanceof Map<?, ?> page) {
                            assertFalse(((List<?>) page.get("nodes")).isEmpty(), connection + " " + node.get("id") + ": " + node);
                        }
                    }
                }
            }
        }
        System.out.printf("QueryCountTest: nested connections under people and places: %d statements for 1, %d for 50%n",
                counts[0], counts[1]);
        assertTrue(counts[0] > 0);
        assertEquals(counts[0], counts[1], "N+1 in nested connections: " + counts[0] + " statements for 1 parent, " + counts[1] + " for 50");
    }

    @Test
    void rootPeopleWithRolesCostTheSameForOneAndForFifty() {
        Statistics statistics = sessionFactory.getStatistics();
        measureRoot(statistics, PEOPLE, "people", 50);
        long one = measureRoot(statistics, PEOPLE, "people", 1);
        long fifty = measureRoot(statistics, PEOPLE, "people", 50);
        System.out.printf("QueryCountTest: people -> roles -> organization/place -> parent: %d statements for 1, %d for 50%n", one, fifty);
        assertTrue(one > 0);
        assertEquals(one, fifty, "N+1 in people -> roles: " + one + " statements for 1 person, " + fifty + " for 50");
    }

    @Test
    void rootIncidentsWithPlacesCostTheSameForOneAndForFifty() {
        Statistics statistics = sessionFactory.getStatistics();
        measureRoot(statistics, INCIDENTS, "incidents", 50);
        long one = measureRoot(statistics, INCIDENTS, "incidents", 1);
        long fifty = measureRoot(statistics, INCIDENTS, "incidents", 50);
        System.out.printf("QueryCountTest: incidents -> place -> parent -> parent: %d statements for 1, %d for 50%n", one, fifty);
        assertTrue(one > 0);
        assertEquals(one, fifty, "N+1 in incidents -> place: " + one + " statements for 1 incident, " + fifty + " for 50");
    }

    @Test
    void rootEventsWithPlacesAndParticipantsCostTheSameForOneAndForFifty() {
        Statistics statistics = sessionFactory.getStatistics();
        measureRoot(statistics, EVENTS, "events", 50);
        long one = measureRoot(statistics, EVENTS, "events", 1);
        long fifty = measureRoot(statistics, EVENTS, "events", 50);
        System.out.printf("QueryCountTest: events -> place, participants, statements: %d statements for 1, %d for 50%n", one, fifty);
        assertTrue(one > 0);
        assertEquals(one, fifty, "N+1 in events: " + one + " statements for 1 event, " + fifty + " for 50");
    }

    @Test
    void nodesCostOneStatementPerTypeHoweverManyIds() {
        List<String> articles = GraphQLClient.data("{ articles(first: 50) { nodes { id } } }", Map.of()).getList("articles.nodes.id");
        List<String> people = GraphQLClient.data("{ people(first: 50) { nodes { id } } }", Map.of()).getList("people.nodes.id");
        assertEquals(50, articles.size());
        assertEquals(50, people.size());
        Statistics statistics = sessionFactory.getStatistics();
        long[] counts = new long[2];
        int i = 0;
        for (int n : new int[] {1, 50}) {
            List<String> ids = new ArrayList<>(articles.subList(0, n));
            ids.addAll(people.subList(0, n));
            statistics.clear();
            List<String> answered = GraphQLClient.data("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", ids))
                    .getList("nodes.id");
            counts[i++] = statistics.getPrepareStatementCount();
            assertEquals(ids, answered);
        }
        System.out.printf("QueryCountTest: nodes() of articles and people: %d statements for 1+1 IDs, %d for 50+50%n", counts[0], counts[1]);
        assertEquals(2, counts[1], "one statement per node type");
        assertEquals(counts[0], counts[1]);
    }

    private long measureRoot(Statistics statistics, String query, String connection, int n) {
        statistics.clear();
        JsonPath json = GraphQLClient.data(query, Map.of("n", n));
        long statements = statistics.getPrepareStatementCount();
        List<Map<String, Object>> nodes = json.getList(connection + ".nodes");
        assertEquals(n, nodes.size(), "a page of " + n + " must really hold " + n + " " + connection);
        if (n == 50) {
            String linked = connection.equals("people") ? "roles" : connection.equals("events") ? "statements" : "figures";
            long filled = nodes.stream().filter(node -> !((List<?>) node.get(linked)).isEmpty()).count();
            assertTrue(filled >= 25, linked + " filled for only " + filled + " of 50 " + connection);
        }
        return statements;
    }

    /** Runs the query with page size n, checks that the page is full and linked, and returns its statement count. */
    private long measure(Statistics statistics, String query, int n) {
        statistics.clear();
        JsonPath json = GraphQLClient.data(query, Map.of("n", n));
        long statements = statistics.getPrepareStatementCount();

        List<Map<String, Object>> nodes = json.getList("articles.nodes");
        assertEquals(n, nodes.size(), "a page of " + n + " must really hold " + n + " articles");
        assertTrue(json.getLong("articles.totalCount") >= GENERATED);
        for (String field : List.of("people", "organizations", "places", "statements", "incidents", "events", "photos", "mentions", "feeds")) {
            long filled = nodes.stream().filter(node -> !((List<?>) node.get(field)).isEmpty()).count();
            assertTrue(n < 50 || filled >= 45, field + " is filled for only " + filled + " of " + n + " articles");
        }
        if (n == 50) {
            List<String> sources = json.getList("articles.nodes.source.name");
            assertTrue(sources.stream().filter("Generated Wire"::equals).count() >= 45, "sources: " + sources);
            List<List<String>> agencies = json.getList("articles.nodes.photos.agency.name");
            assertFalse(agencies.stream().flatMap(List::stream).toList().isEmpty());
        }
        return statements;
    }
}
