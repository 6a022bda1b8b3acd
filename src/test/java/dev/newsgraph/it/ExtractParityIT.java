package dev.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.extract.ExpectedDrafts;
import dev.newsgraph.security.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged build extracts what the JVM extracts: every article of the corpus's dev split sent to
 * {@code extract(text:)} must come back as the drafts the test's own JVM makes of it, every field. Run against the
 * native executable ({@code ./mvnw verify -Dnative}) this is the check that its resources (models, lexicons, both
 * gazetteer tiers, the incident-sentence model) are bundled and that its memos and lazily built indexes behave as on
 * the JVM; CI, which cannot build native, runs it against the jar.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class ExtractParityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXTRACT = "query($text: String!) { extract(text: $text) " + ExpectedDrafts.selection() + " }";
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();
    private static final Map<String, List<Object>> EXPECTED = new LinkedHashMap<>();

    @TestHTTPResource("/graphql")
    URI graphql;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void extractTheDevSplitHere() throws IOException {
        ExpectedDrafts drafts = new ExpectedDrafts();
        for (JsonNode article : JSON.readTree(resource("gold.json")).get("articles")) {
            String file = article.get("file").asText();
            String text = new String(resource(file).readAllBytes(), StandardCharsets.UTF_8);
            TEXTS.put(file, text);
            EXPECTED.put(file, drafts.of(text));
        }
    }

    @Test
    void everyDevArticleIsExtractedAsOnTheJvm() {
        List<String> differences = new ArrayList<>();
        TEXTS.keySet().forEach(file -> compare(file, differences));
        assertTrue(differences.isEmpty(), differences.size() + " of " + TEXTS.size() + " articles differ:\n"
                + String.join("\n", differences));
    }

    @Test
    void concurrentExtractsAgreeToo() throws Exception {
        // several worker threads at once, each with its own thread-local memos, over articles other threads saw before
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            List<String> files = new ArrayList<>(TEXTS.keySet());
            for (int t = 0; t < 4; t++) {
                int first = t;
                parts.add(threads.submit(() -> {
                    List<String> differences = new ArrayList<>();
                    for (int i = first; i < files.size(); i += 4) {
                        compare(files.get(i), differences);
                    }
                    return differences;
                }));
            }
            List<String> differences = new ArrayList<>();
            for (Future<List<String>> part : parts) {
                differences.addAll(part.get());
            }
            assertTrue(differences.isEmpty(), String.join("\n", differences));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void ingestTextStoresWhatExtractShowed() {
        String file = TEXTS.keySet().iterator().next();
        @SuppressWarnings("unchecked")
        Map<String, Object> draft = (Map<String, Object>) EXPECTED.get(file).get(0);
        JsonPath stored = GraphQLClient.asEditor().data("""
                mutation($text: String!) { ingestText(text: $text) {
                  status article { headline paragraphs statements { text } incidents { title } } } }""",
                Map.of("text", TEXTS.get(file)));
        assertTrue(List.of("CREATED", "UNCHANGED").contains(stored.getString("ingestText[0].status")), stored.prettify());
        assertEquals(draft.get("headline"), stored.getString("ingestText[0].article.headline"));
        assertEquals(draft.get("paragraphs"), stored.getList("ingestText[0].article.paragraphs"));
        assertEquals(((List<?>) draft.get("statements")).size(), stored.getList("ingestText[0].article.statements").size());
        assertEquals(((List<?>) draft.get("incidents")).size(), stored.getList("ingestText[0].article.incidents").size());
    }

    private void compare(String file, List<String> differences) {
        List<Object> served;
        try {
            served = served(TEXTS.get(file));
        } catch (AssertionError refused) { // an error answer is a difference too; the other articles are still compared
            differences.add(file + ": " + refused.getMessage());
            return;
        }
        String difference = difference("extract", EXPECTED.get(file), served);
        if (difference != null) {
            differences.add(file + ": " + difference);
        }
    }

    private List<Object> served(String text) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", EXTRACT, "variables", Map.of("text", text)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.editor())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Map<?, ?> answer = JSON.readValue(response.body(), Map.class);
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(null, answer.get("errors"), response.body());
            @SuppressWarnings("unchecked")
            List<Object> drafts = (List<Object>) ((Map<?, ?>) answer.get("data")).get("extract");
            return drafts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the two values first differ, by path; null when they are equal. */
    private static String difference(String path, Object expected, Object served) {
        if (expected instanceof Map<?, ?> e && served instanceof Map<?, ?> s) {
            for (Map.Entry<?, ?> field : e.entrySet()) {
                String d = difference(path + "." + field.getKey(), field.getValue(), s.get(field.getKey()));
                if (d != null) {
                    return d;
                }
            }
            return e.keySet().equals(s.keySet()) ? null : path + ": fields " + e.keySet() + " against " + s.keySet();
        }
        if (expected instanceof List<?> e && served instanceof List<?> s) {
            for (int i = 0; i < Math.min(e.size(), s.size()); i++) {
                String d = difference(path + "[" + i + "]", e.get(i), s.get(i));
                if (d != null) {
                    return d;
                }
            }
            return e.size() == s.size() ? null : path + ": " + e.size() + " items on the JVM, " + s.size() + " served";
        }
        return Objects.equals(expected, served) ? null : path + ": " + expected + " on the JVM, " + served + " served";
    }

    private static InputStream resource(String file) {
        String path = "/extract/corpus/dev/" + file;
        return Objects.requireNonNull(ExtractParityIT.class.getResourceAsStream(path), path);
    }
}
