package dev.newsgraph.graphql.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search hits carry the passage that matched, with the matched words as ranges of plain text. */
@QuarkusTest
class SearchSnippetTest {
    static final String SEARCH = """
            query($text: String!) { search(text: $text, first: 20) {
              node { __typename }
              snippet { text highlights { start length } }
            } }""";

    @Test
    void everyHighlightCoversAMatchedWord() {
        List<Map<String, Object>> hits = GraphQLClient.data(SEARCH, Map.of("text", "Rutte")).getList("search");
        assertTrue(hits.stream().anyMatch(h -> "Person".equals(((Map<?, ?>) h.get("node")).get("__typename"))));
        assertTrue(hits.stream().anyMatch(h -> "Article".equals(((Map<?, ?>) h.get("node")).get("__typename"))));
        for (Map<String, Object> hit : hits) {
            Map<?, ?> snippet = (Map<?, ?>) hit.get("snippet");
            String text = (String) snippet.get("text");
            List<?> highlights = (List<?>) snippet.get("highlights");
            assertFalse(highlights.isEmpty(), "no highlight in " + text);
            for (Object range : highlights) {
                int start = (Integer) ((Map<?, ?>) range).get("start");
                int length = (Integer) ((Map<?, ?>) range).get("length");
                assertEquals("rutte", text.substring(start, start + length).toLowerCase(), text);
            }
            assertFalse(text.chars().anyMatch(c -> c < 0x20 && c != '\n'), "control characters left in " + text);
        }
    }

    @Test
    void stemmedWordsOfAnArticleAreMarkedInItsBody() {
        List<Map<String, Object>> hits = GraphQLClient.data(SEARCH, Map.of("text", "kidnapped passengers")).getList("search");
        Map<?, ?> snippet = (Map<?, ?>) hits.stream().filter(h -> "Article".equals(((Map<?, ?>) h.get("node")).get("__typename")))
                .findFirst().orElseThrow().get("snippet");
        String text = (String) snippet.get("text");
        List<String> marked = ((List<?>) snippet.get("highlights")).stream().map(r -> {
            int start = (Integer) ((Map<?, ?>) r).get("start");
            return text.substring(start, start + (Integer) ((Map<?, ?>) r).get("length")).toLowerCase();
        }).toList();
        assertTrue(marked.stream().anyMatch(w -> w.startsWith("passenger")), marked + " in " + text);
    }
}
