package dev.newsgraph.graphql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.http.IngestEndpointTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** extract and ingestText read every format (detected, or forced with format:), over GraphQL as a client sends it. */
@QuarkusTest
class ExtractFormatsApiTest {
    static final String EXTRACT = """
            query($text: String!, $format: InputFormat) {
              extract(text: $text, format: $format) { headline headlineBasis author source publishedOn externalId version url
                people { name } statements { text } }
            }""";

    private static JsonPath extract(String text, String format) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("text", text);
        variables.put("format", format);
        return GraphQLClient.asEditor().data(EXTRACT, variables);
    }

    @Test
    void aNinjsItemIsDetectedAndItsMetadataUsed() {
        JsonPath drafts = extract(IngestEndpointTest.sample("leego-ninjs1.json"), null);
        assertEquals("Al-Shabab Attack Kills Scores of AU Soldiers", drafts.getString("extract[0].headline"));
        assertEquals("STATED", drafts.getString("extract[0].headlineBasis"));
        assertEquals("VOA", drafts.getString("extract[0].source"));
        assertEquals("2015-06-26", drafts.getString("extract[0].publishedOn"));
        assertEquals("tag:voanews.com,2015:2837996", drafts.getString("extract[0].externalId"));
        assertEquals(2, drafts.getInt("extract[0].version"));
        assertTrue(drafts.getList("extract[0].statements").size() > 0, drafts.prettify());
    }

    @Test
    void plainCopyWithoutHeadlineSaysSoAndForcedFormatsAreObeyed() {
        String body = IngestEndpointTest.sample("leego.txt");
        JsonPath drafts = extract(body.substring(body.indexOf('\n')).strip(), null);
        assertEquals("FIRST_SENTENCE", drafts.getString("extract[0].headlineBasis"));
        assertTrue(drafts.getString("extract[0].headline").startsWith("Islamist militant group al-Shabab killed"));
        // An RSS document forced to be read as plain text is not parsed as RSS.
        JsonPath forced = extract(IngestEndpointTest.sample("leego-rss.xml"), "TEXT");
        assertTrue(forced.getList("extract.externalId").stream().allMatch(Objects::isNull), forced.prettify());
    }

    @Test
    void ingestTextStoresAnAtomEntryWithItsIdentityAndMalformedXmlStoresNothing() {
        long before = Connections.count("articles");
        String atom = IngestEndpointTest.sample("leego-atom.xml").replace("tag:voanews.com,2015:2837996", "tag:test:graphql-atom")
                .replace("Islamist militant group", "The Islamist militant group");
        JsonPath stored = GraphQLClient.asEditor().data("""
                mutation($text: String!) { ingestText(text: $text, feed: "atom.xml") { status article { externalId url headlineBasis } } }""",
                Map.of("text", atom));
        assertEquals("CREATED", stored.getString("ingestText[0].status"), stored.prettify());
        assertEquals("tag:test:graphql-atom", stored.getString("ingestText[0].article.externalId"));
        String error = GraphQLClient.asEditor().post("""
                mutation($text: String!) { ingestText(text: $text) { status } }""", Map.of("text", "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>"))
                .asString();
        assertTrue(error.contains("BAD_USER_INPUT") && error.contains("line 2"), error);
        assertEquals(before + 1, Connections.count("articles"));
    }
}
