package dev.newsgraph.graphql.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ingestText: raw wire text through the extractor into the same ingest path, idempotent. */
@QuarkusTest
class IngestTextTest {
    static final String INGEST_TEXT = """
            mutation($text: String!, $feed: String) {
              ingestText(text: $text, feed: $feed) {
                status
                article { id headline feeds { name } people { name } }
                created { __typename name }
                createdIncidents { type killed injured place { name countryCode } }
              }
            }""";
    /** An invented story in the wire format: headline, repeated headline, caption with credit, clutter, body. */
    static final String STORY = """
            Flooding in Northern Town of Elvorra Kills Four, Officials Say

            Flooding in Northern Town of Elvorra Kills Four, Officials Say
            Rescuers search a flooded street in Milan, Italy, on October 14, 2025. (AFP)
            TT
            Rescuers search a flooded street in Milan, Italy, on October 14, 2025. (AFP)
            Flash floods killed at least four people and injured 11 in northern Italy on Tuesday, regional official Marta Colleoni said.

            "The water rose faster than anyone expected," Colleoni told reporters in Milan.

            The Italian civil protection department said hundreds of people had been evacuated.
            """;

    static JsonPath ingestText(String text, String feed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("text", text);
        variables.put("feed", feed);
        return GraphQLClient.asEditor().data(INGEST_TEXT, variables);
    }

    @Test
    void rawTextIsStoredOnceThenUnchangedThenLinkedToANewFeed() {
        long articles = Connections.count("articles");
        JsonPath first = ingestText(STORY, "flood-desk.txt");
        assertEquals(List.of("CREATED"), first.getList("ingestText.status"));
        assertEquals(articles + 1, Connections.count("articles"));
        assertTrue(first.<String>getList("ingestText[0].article.people.name").contains("Marta Colleoni"), first.prettify());
        Map<String, Object> incident = first.getMap("ingestText[0].createdIncidents[0]");
        assertEquals(4, incident.get("killed"), first.prettify());
        assertEquals(11, incident.get("injured"), first.prettify());

        Map<String, Long> counts = new HashMap<>();
        Connections.ROOT.keySet().forEach(connection -> counts.put(connection, Connections.count(connection)));
        assertEquals(List.of("UNCHANGED"), ingestText(STORY, "flood-desk.txt").getList("ingestText.status"));
        assertEquals(List.of("FEED_ADDED"), ingestText(STORY, "flood-desk-2.txt").getList("ingestText.status"));
        Connections.ROOT.keySet().forEach(connection -> assertEquals(counts.get(connection), Connections.count(connection),
                connection + " after re-ingesting the same text"));
    }

    @Test
    void reingestingASeedFeedChangesNothing() throws IOException {
        String text;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("sample/feeds/000_66e58680fba12932.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long articles = Connections.count("articles");
        JsonPath again = ingestText(text, "000_66e58680fba12932.txt");
        assertEquals(List.of("UNCHANGED", "UNCHANGED"), again.getList("ingestText.status"));
        assertEquals(List.of(List.of(), List.of()), again.getList("ingestText.created"));
        assertEquals(articles, Connections.count("articles"));
    }

    @Test
    void textWithoutAnArticleStoresNothing() {
        long articles = Connections.count("articles");
        assertEquals(List.of(), ingestText("\n\n20\n", null).getList("ingestText"));
        assertEquals(articles, Connections.count("articles"));
    }
}
