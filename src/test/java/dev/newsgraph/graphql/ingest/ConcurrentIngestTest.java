package dev.newsgraph.graphql.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.ConcurrentWriters;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Eight editors ingest at the same moment, every article naming the same people, organization and places (each
 * writer also has an entity of its own): every article is stored, each shared entity exactly once, no writer fails;
 * what they add to a stored entity at the same moment is all kept.
 */
@QuarkusTest
class ConcurrentIngestTest {
    static final int WRITERS = 8;
    static final int ARTICLES_PER_WRITER = 5;
    static final String INGEST = "mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }";

    static Map<String, Object> article(int writer, int n) {
        String tag = "CI" + writer + "-" + n;
        return Map.of(
                "headline", "Concurrent story " + tag + ": Vera Concurrent meets the Concurrency Council in Paralleltown",
                "paragraphs", List.of("Vera Concurrent met the Concurrency Council and Writer " + writer + " Aide in Paralleltown ("
                        + tag + ").", "\"We meet in parallel,\" Concurrent said."),
                "people", List.of(
                        Map.of("name", "Vera Concurrent", "aliases", List.of("Concurrent"),
                                "roles", List.of(Map.of("title", "Chair", "organization", "Concurrency Council", "current", true))),
                        Map.of("name", "Writer " + writer + " Aide")),
                "organizations", List.of(Map.of("name", "Concurrency Council", "kind", "GOVERNMENT", "countryCode", "XC")),
                "places", List.of(Map.of("name", "Concurrentia", "kind", "COUNTRY", "countryCode", "XC"),
                        Map.of("name", "Paralleltown", "kind", "CITY", "countryCode", "XC", "parent", "Concurrentia")),
                "statements", List.of(Map.of("kind", "QUOTE", "text", "We meet in parallel", "speaker", "Concurrent",
                        "about", List.of("Concurrency Council"))));
    }

    static long count(String query, String path) {
        return GraphQLClient.data(query).getLong(path);
    }

    @Test
    void eightWritersSharingEntitiesLoseNothingAndDuplicateNothing() throws Exception {
        long articlesBefore = count("{ articles(first: 0) { totalCount } }", "articles.totalCount");
        long started = System.nanoTime();
        List<List<String>> statuses = ConcurrentWriters.ingest(WRITERS, ARTICLES_PER_WRITER, ConcurrentIngestTest::article);
        System.out.printf("ConcurrentIngestTest: %d writers stored %d articles in %.2f s%n", WRITERS,
                WRITERS * ARTICLES_PER_WRITER, (System.nanoTime() - started) / 1e9);

        // Both in one message, so that a failure tells its causes apart: an article stored twice (one ingest run twice)
        // leaves every article stored, an article sent in place of another leaves one missing.
        long stored = count("{ articles(first: 0) { totalCount } }", "articles.totalCount") - articlesBefore;
        assertEquals(Collections.nCopies(WRITERS, Collections.nCopies(ARTICLES_PER_WRITER, "CREATED")), statuses,
                "each writer's statuses, in writer order; articles stored: " + stored);
        assertEquals(WRITERS * ARTICLES_PER_WRITER, stored);
        assertEquals(1, count("{ people(text: \"Vera Concurrent\") { totalCount } }", "people.totalCount"));
        assertEquals(1, count("{ organizations(text: \"Concurrency Council\") { totalCount } }", "organizations.totalCount"));
        assertEquals(1, count("{ places(text: \"Paralleltown\") { totalCount } }", "places.totalCount"));
        assertEquals(1, count("{ places(text: \"Concurrentia\") { totalCount } }", "places.totalCount"));
        assertEquals(WRITERS, count("{ people(text: \"Aide\") { totalCount } }", "people.totalCount"));
        Map<String, Object> vera = GraphQLClient.data("""
                { people(text: "Vera Concurrent") { nodes { roles { title } articles(first: 0) { totalCount } statements(first: 0) { totalCount } } } }""")
                .getMap("people.nodes[0]");
        assertEquals(1, ((List<?>) vera.get("roles")).size(), "one role, not one per writer: " + vera);
        assertEquals(WRITERS * ARTICLES_PER_WRITER, ((Map<?, ?>) vera.get("articles")).get("totalCount"), vera.toString());
        assertEquals(WRITERS * ARTICLES_PER_WRITER, ((Map<?, ?>) vera.get("statements")).get("totalCount"), vera.toString());
    }

    /**
     * A person already stored is only matched, without the name locks: eight writers at once each give it an alias and a
     * role of their own. Their additions to the same row are serialised, so none is lost, and no writer fails.
     */
    @Test
    void writersAddingToOneStoredPersonLoseNoAlias() throws Exception {
        GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(Map.of(
                "headline", "Ada Stored opens the Shared Office",
                "paragraphs", List.of("Ada Stored opened the Shared Office."),
                "people", List.of(Map.of("name", "Ada Stored")),
                "organizations", List.of(Map.of("name", "Shared Office", "kind", "GOVERNMENT"))))));
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> writers = new ArrayList<>();
        try {
            for (int writer = 0; writer < WRITERS; writer++) {
                int w = writer;
                writers.add(pool.submit(() -> {
                    start.await();
                    return GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(Map.of(
                            "headline", "Ada Stored, also known as Stored" + w + ", speaks",
                            "paragraphs", List.of("Stored" + w + " spoke for the Shared Office (" + w + ")."),
                            "people", List.of(Map.of("name", "Ada Stored", "aliases", List.of("Stored" + w),
                                    "roles", List.of(Map.of("title", "Speaker " + w, "organization", "Shared Office", "current", true)))),
                            "organizations", List.of(Map.of("name", "Shared Office", "kind", "GOVERNMENT")))))).getList("ingestArticles.status");
                }));
            }
            start.countDown();
            for (Future<List<String>> writer : writers) {
                assertEquals(List.of("CREATED"), writer.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> ada = GraphQLClient.data("{ people(text: \"Ada Stored\") { totalCount nodes { aliases roles { title } } } }")
                .getMap("people");
        assertEquals(1, ada.get("totalCount"), ada.toString());
        Map<?, ?> person = (Map<?, ?>) ((List<?>) ada.get("nodes")).get(0);
        for (int w = 0; w < WRITERS; w++) {
            assertTrue(((List<?>) person.get("aliases")).contains("Stored" + w), "alias Stored" + w + " kept: " + person);
        }
        assertEquals(WRITERS, ((List<?>) person.get("roles")).size(), person.toString());
    }
}
