package dev.newsgraph.graphql.ingest;

import static dev.newsgraph.graphql.GeneratedArticles.INGEST;
import static dev.newsgraph.graphql.GeneratedArticles.map;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GeneratedArticles;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The ingestArticles mutation: idempotence, entity matching, and validation that stores nothing on error. */
@QuarkusTest
class IngestTest {
    static final String SERIES = "IT";
    static final String SAMPLE = "sample/seed-articles.json";

    static long articleCount() {
        return GraphQLClient.data("{ articles(first: 0) { totalCount } }").getLong("articles.totalCount");
    }

    static List<String> allHeadlines() {
        // Page by page: other test classes share the database and add articles of their own.
        return Connections.all("articles", "headline").stream().map(node -> (String) node.get("headline")).toList();
    }

    /** totalCount of every root connection. */
    static Map<String, Long> rootCounts() {
        Map<String, Long> counts = new TreeMap<>();
        Connections.ROOT.keySet().forEach(connection -> counts.put(connection, Connections.count(connection)));
        return counts;
    }

    static List<Map<String, Object>> sample() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SAMPLE)) {
            assertNotNull(in, SAMPLE + " is on the classpath");
            // Decimals as BigDecimal, so coordinates are sent exactly as written.
            return JsonPath.from(in).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getList("$");
        }
    }

    @Test
    void reingestingTheSampleChangesNothing() throws IOException {
        List<Map<String, Object>> sample = sample();
        assertEquals(4, sample.size(), "the sample: 3 distinct articles, the Rutte one in two feeds");
        long before = articleCount();
        List<String> headlinesBefore = allHeadlines();
        Map<String, Long> countsBefore = rootCounts();

        JsonPath json = GraphQLClient.asEditor().data(INGEST, Map.of("input", sample));
        List<String> statuses = json.getList("ingestArticles.status");
        assertEquals(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED"), statuses);
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), json.getList("ingestArticles.created"));
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of()), json.getList("ingestArticles.createdIncidents"));
        List<String> ids = json.getList("ingestArticles.article.id");
        assertEquals(ids.get(0), ids.get(3), "the Rutte article of both feeds is one article");
        assertEquals(3, ids.stream().distinct().count());
        List<String> headlines = json.getList("ingestArticles.article.headline");
        assertTrue(headlinesBefore.containsAll(headlines), "re-ingest answers the stored articles: " + headlines);

        assertEquals(before, articleCount(), "re-ingesting the sample must not add articles");
        assertEquals(before, allHeadlines().size());
        assertEquals(countsBefore, rootCounts(), "re-ingesting the sample must not add people, places, organizations, ...");

        // A second time is just as quiet.
        assertEquals(statuses, GraphQLClient.asEditor().data(INGEST, Map.of("input", sample)).getList("ingestArticles.status"));
        assertEquals(before, articleCount());
    }

    @Test
    void anArticleInANewFeedIsFeedAddedOnceThenUnchanged() throws IOException {
        Map<String, Object> rutte = new LinkedHashMap<>(sample().get(0));
        rutte.put("feed", "yet-another-feed-" + SERIES + ".txt");
        long before = articleCount();
        assertEquals(List.of("FEED_ADDED"), GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(rutte))).getList("ingestArticles.status"));
        JsonPath again = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(rutte)));
        assertEquals(List.of("UNCHANGED"), again.getList("ingestArticles.status"));
        assertEquals(before, articleCount());
        List<String> feeds = GraphQLClient.data("query($id: ID!) { node(id: $id) { ... on Article { feeds { name } } } }",
                Map.of("id", again.getString("ingestArticles[0].article.id"))).getList("node.feeds.name");
        assertEquals(List.of("000_66e58680fba12932.txt", "001_2f4055bd3e4f31fc.txt", "yet-another-feed-IT.txt"), feeds);
    }

    @Test
    void aNewArticleMatchesStoredEntitiesByNameAndAlias() {
        Map<String, Object> article = map(
                "headline", "Rutte meets Britain's envoy " + SERIES,
                "paragraphs", List.of("Mark Rutte met an envoy from Britain in Brussels on Tuesday, story " + SERIES + ".",
                        "Ingrid Newcomer " + SERIES + " attended."),
                "publishedOn", "2025-04-01",
                "people", List.of(map("name", "Mark Rutte"), map("name", "Ingrid Newcomer " + SERIES)),
                "places", List.of(map("name", "Britain", "kind", "COUNTRY")));
        long before = articleCount();
        Map<String, Long> counts = rootCounts();
        JsonPath json = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(article)));
        assertEquals("CREATED", json.getString("ingestArticles[0].status"));
        assertEquals(counts.get("people") + 1, Connections.count("people"), "only the newcomer is a new person");
        assertEquals(counts.get("places"), Connections.count("places"), "Britain is the stored United Kingdom");
        List<String> matched = json.getList("ingestArticles[0].matched.name");
        List<String> created = json.getList("ingestArticles[0].created.name");
        assertTrue(matched.contains("Mark Rutte"), "a person is matched by canonical name: matched " + matched);
        assertTrue(matched.contains("United Kingdom"), "a country is matched by alias 'Britain': matched " + matched);
        assertFalse(created.contains("Mark Rutte"), "created " + created);
        assertFalse(created.contains("United Kingdom") || created.contains("Britain"), "created " + created);
        assertEquals(List.of("Ingrid Newcomer " + SERIES), created);
        assertEquals(before + 1, articleCount());

        // The article is now found through the stored person.
        String rutteId = json.getList("ingestArticles[0].matched", Map.class).stream()
                .filter(entity -> "Mark Rutte".equals(entity.get("name"))).map(entity -> (String) entity.get("id"))
                .findFirst().orElseThrow();
        List<String> rutteArticles = GraphQLClient.data("query($id: ID!) { articles(mentioning: $id) { nodes { headline } } }",
                Map.of("id", rutteId)).getList("articles.nodes.headline");
        assertTrue(rutteArticles.contains("Rutte meets Britain's envoy " + SERIES), "mentioning Rutte: " + rutteArticles);
        assertTrue(rutteArticles.size() >= 2, "the sample article and the new one mention Rutte: " + rutteArticles);
    }

    @Test
    void theSameArticleTwiceInOneBatchIsStoredOnce() {
        Map<String, Object> article = valid("twice in a batch");
        long before = articleCount();
        JsonPath json = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(article, article)));
        assertEquals(List.of("CREATED", "UNCHANGED"), json.getList("ingestArticles.status"));
        assertEquals(json.getString("ingestArticles[0].article.id"), json.getString("ingestArticles[1].article.id"));
        assertEquals(before + 1, articleCount());
    }

    /** Concurrent ingests of one new article store it once; of articles sharing a new person, create it once. */
    @Test
    void concurrentIngestsStoreEachArticleAndEntityOnce() throws Exception {
        int threads = 6;
        Map<String, Object> same = valid("concurrent same");
        long before = articleCount();
        long peopleBefore = Connections.count("people");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> statuses = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(same))).getString("ingestArticles[0].status");
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (java.util.concurrent.Future<String> status : statuses) {
                results.add(status.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, results.stream().filter("CREATED"::equals).count(), "exactly one CREATED: " + results);
            assertEquals(threads - 1, results.stream().filter("UNCHANGED"::equals).count(), "the others UNCHANGED: " + results);
            assertEquals(before + 1, articleCount());
            long samePeople = ((List<?>) same.get("people")).size();
            assertEquals(peopleBefore + samePeople, Connections.count("people"), "each new person is created once");

            // Different articles, one shared new person, at once.
            String shared = "Quentin Shared " + SERIES;
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<String>>> created = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                created.add(pool.submit(() -> {
                    go.await();
                    Map<String, Object> article = map("headline", "Concurrent story " + n + " " + SERIES,
                            "paragraphs", List.of(shared + " spoke, story " + n + "."),
                            "people", List.of(map("name", shared)));
                    return GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(article))).getList("ingestArticles[0].created.name");
                }));
            }
            go.countDown();
            long creators = 0;
            for (java.util.concurrent.Future<List<String>> names : created) {
                creators += names.get(60, java.util.concurrent.TimeUnit.SECONDS).contains(shared) ? 1 : 0;
            }
            assertEquals(1, creators, "one ingest creates the shared person, the others match it");
            assertEquals(1, Connections.all("people", "text: \"Quentin Shared " + SERIES + "\"", "name").size());
        } finally {
            pool.shutdownNow();
        }
    }

    // --- Invalid input: an error that names the problem, and nothing stored --------------------------------------

    static Map<String, Object> valid(String name) {
        return GeneratedArticles.article(SERIES + " " + name, 1);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> first(Map<String, Object> article, String list) {
        return ((List<Map<String, Object>>) article.get(list)).get(0);
    }

    /** Sends the batch, expects an error whose message contains each given text, and checks nothing was stored. */
    static Map<String, Object> rejected(List<Map<String, Object>> batch, String... expectedInMessage) {
        long before = articleCount();
        Response response = GraphQLClient.asEditor().post(INGEST, Map.of("input", batch));
        response.then().statusCode(200);
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        assertNotNull(errors, "expected an error, got " + response.asString());
        assertFalse(errors.isEmpty(), "expected an error, got " + response.asString());
        String messages = response.asString();
        for (String expected : expectedInMessage) {
            assertThat("the error names the problem", messages, containsString(expected));
        }
        assertEquals(before, articleCount(), "a rejected batch stores nothing: " + response.asString());
        List<String> headlines = allHeadlines();
        for (Map<String, Object> article : batch) {
            assertFalse(headlines.contains(article.get("headline")), "stored although rejected: " + article.get("headline"));
        }
        return errors.get(0);
    }

    static Map<String, Object> invalid(String name, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> article = valid(name);
        breakIt.accept(article);
        return article;
    }

    @Test
    void theGeneratedArticleIsValid() {
        // The invalid articles below differ from this one in one field only.
        JsonPath json = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(valid("valid"))));
        assertEquals("CREATED", json.getString("ingestArticles[0].status"));
    }

    @Test
    void emptyHeadlineIsRejected() {
        rejected(List.of(invalid("empty headline", article -> article.put("headline", ""))), "headline");
        rejected(List.of(invalid("blank headline", article -> article.put("headline", "   "))), "headline");
    }

    @Test
    void blankPersonNameIsRejected() {
        rejected(List.of(invalid("blank person", article -> first(article, "people").put("name", " "))), "name");
    }

    @Test
    void negativeFigureValueIsRejected() {
        rejected(List.of(invalid("negative figure", article -> first(first(article, "incidents"), "figures").put("value", -3))),
                "value");
    }

    @Test
    void unknownReferenceIsRejected() {
        Map<String, Object> error = rejected(List.of(invalid("unknown speaker",
                article -> first(article, "statements").put("speaker", "Nobody Known"))), "Nobody Known", "statements[0].speaker");
        assertEquals("BAD_USER_INPUT", GraphQLClient.code(error), "error " + error);
    }

    @Test
    void lowerCaseCountryCodeIsRejected() {
        rejected(List.of(invalid("country code", article -> first(article, "places").put("countryCode", "pk"))), "countryCode", "ISO 3166");
    }

    @Test
    void anInvalidArticleInABatchOfTwoStoresNeither() {
        rejected(List.of(valid("batch unknown ok"), invalid("batch unknown bad",
                article -> first(article, "statements").put("speaker", "Nobody Known"))), "Nobody Known", "input[1]");
        rejected(List.of(valid("batch validation ok"), invalid("batch validation bad",
                article -> first(article, "places").put("countryCode", "pk"))), "countryCode");
        rejected(List.of(invalid("batch first bad", article -> article.put("headline", "")), valid("batch first ok")), "headline");
    }

    /** Checks that need the whole article (dates, place parents, incident keys, actors) also refuse the whole batch. */
    @Test
    void aWholeArticleCheckInABatchStoresNeither() {
        rejected(List.of(valid("late date ok"), invalid("late date bad", article -> article.put("notBefore", "2030-01-01"))),
                "notBefore", "input[1]");
        rejected(List.of(valid("late actor ok"), invalid("late actor bad",
                article -> first(first(article, "incidents"), "actors").put("description", null))), "actor", "input[1]");
        rejected(List.of(valid("late cycle ok"), invalid("late cycle bad",
                article -> first(article, "places").put("parent", "Cityville IT late cycle bad 1"))), "cycle", "input[1]");
        rejected(List.of(valid("late part ok"), invalid("late part bad",
                article -> first(article, "incidents").put("partOf", "protest"))), "part of itself", "input[1]");
    }

    static List<Map<String, Object>> batchOf(Map<String, Object>... articles) {
        return new ArrayList<>(List.of(articles));
    }
}
