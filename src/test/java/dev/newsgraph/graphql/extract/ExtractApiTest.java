package dev.newsgraph.graphql.extract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The extract query: drafts of what ingestText would store, nothing written, bad text refused clearly. */
@QuarkusTest
class ExtractApiTest {
    static final String EXTRACT = """
            query($text: String!) {
              extract(text: $text) {
                headline publishedOn
                people { name aliases roles { title organization place } }
                organizations { name aliases kind }
                places { name kind countryCode latitude longitude }
                statements { kind text speakerName }
                incidents { type title place countryCode date killed killedAtLeast injured injuredAtLeast }
              }
            }""";
    static final String STORED = """
            query($text: String) {
              articles(first: 5, text: $text) { nodes { headline people { name } places { name } incidents { killed injured } } }
            }""";

    static String feed(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("sample/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void draftsShowWhatTheSampleStoredAndWriteNothing() throws IOException {
        long articles = Connections.count("articles");
        long people = Connections.count("people");
        List<Map<String, Object>> drafts = GraphQLClient.data(EXTRACT, Map.of("text", feed("001_2f4055bd3e4f31fc.txt"))).getList("extract");
        assertEquals(2, drafts.size(), "two articles in the feed");
        assertEquals(articles, Connections.count("articles"), "extract writes nothing");
        assertEquals(people, Connections.count("people"));

        // The sample data is this feed ingested through ingestText's path: each draft is what was stored.
        for (Map<String, Object> draft : drafts) {
            String headline = (String) draft.get("headline");
            List<Map<String, Object>> stored = GraphQLClient.data(STORED, Map.of("text", headline)).<Map<String, Object>>getList("articles.nodes")
                    .stream().filter(article -> headline.equals(article.get("headline"))).toList();
            assertEquals(1, stored.size(), headline);
            assertEquals(names(draft, "people"), names(stored.get(0), "people"), headline);
            assertTrue(names(stored.get(0), "places").containsAll(names(draft, "places")), headline);
            List<Map<String, Object>> incidents = list(draft, "incidents");
            assertEquals(killed(incidents), killed(list(stored.get(0), "incidents")), headline);
        }
        Map<String, Object> attack = list(drafts.get(1), "incidents").get(0);
        assertEquals("UA", attack.get("countryCode"), "an incident's country comes from its place: " + attack);
        assertTrue(list(drafts.get(1), "places").stream().allMatch(place -> place.get("countryCode") != null));
    }

    @Test
    void textWithoutAnArticleGivesNoDrafts() {
        for (String text : List.of("", "   \n\n  ", "TT\n20\n")) {
            assertEquals(List.of(), GraphQLClient.data(EXTRACT, Map.of("text", text)).getList("extract"), "'" + text + "'");
        }
    }

    @Test
    void binaryGarbageIsBadUserInput() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Map<String, Object> error = GraphQLClient.firstError(EXTRACT, Map.of("text", new String(bytes, StandardCharsets.ISO_8859_1)));
        assertEquals("BAD_USER_INPUT", GraphQLClient.code(error), error.toString());
        assertThat((String) error.get("message"), containsString("binary"));
    }

    @Test
    void textOverTheLimitIsRefusedNamingTheLimit() {
        String text = "Paragraph of wire text that goes on. ".repeat(30_000);
        Map<String, Object> error = GraphQLClient.firstError(EXTRACT, Map.of("text", text));
        assertEquals("LIMIT_EXCEEDED", GraphQLClient.code(error), error.toString());
        assertThat((String) error.get("message"), containsString("newsgraph.ingest.max-raw-text-length"));
    }

    static List<String> killed(List<Map<String, Object>> incidents) {
        return incidents.stream().map(incident -> String.valueOf(incident.get("killed"))).sorted().toList();
    }

    static Set<Object> names(Map<String, Object> article, String field) {
        return list(article, field).stream().map(entity -> entity.get("name")).collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }
}
