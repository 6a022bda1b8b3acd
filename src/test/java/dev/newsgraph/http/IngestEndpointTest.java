package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * POST /ingest with real deliveries (a VOA article wrapped in RSS, NewsML-G2, ...): stored per article, recognised
 * when delivered again, updated by a newer version; hostile XML, malformed files, wrong encodings and oversized
 * feeds refused with nothing stored.
 */
@QuarkusTest
public class IngestEndpointTest {

    public static String sample(String name) {
        try (InputStream in = Objects.requireNonNull(IngestEndpointTest.class.getResourceAsStream("/formats/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The body sent as is, with exactly this Content-Type, as curl --data-binary does (no charset added). */
    static Response post(String mediaType, byte[] body, String token) {
        var request = given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)))
                .contentType(mediaType).body(body).queryParam("feed", "endpoint-test");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/ingest");
    }

    static Response post(String mediaType, String body) {
        return post(mediaType, body.getBytes(StandardCharsets.UTF_8), Tokens.editor());
    }

    /** The NewsML-G2 sample as another item, of this version, without its last {@code drop} paragraphs. */
    public static String newsItem(String guid, int version, int drop) {
        String xml = sample("leego-newsml.xml").replace("urn:newsml:voanews.com:20150626:2837996", guid)
                .replace("version=\"2\"", "version=\"" + version + "\"");
        for (int i = 0; i < drop; i++) {
            int last = xml.lastIndexOf("            <p>");
            xml = xml.substring(0, last) + xml.substring(xml.indexOf("</p>", last) + 5);
        }
        return xml;
    }

    @Test
    void aNewsItemIsStoredRecognisedAgainAndUpdatedByANewerVersion() {
        long before = Connections.count("articles");
        JsonPath first = post("application/vnd.iptc.g2.newsitem+xml", newsItem("urn:test:endpoint:1", 2, 2)).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("CREATED", first.getString("articles[0].status"), first.prettify());
        String id = first.getString("articles[0].id");
        assertEquals("UNCHANGED", post("application/vnd.iptc.g2.newsitem+xml", newsItem("urn:test:endpoint:1", 2, 2))
                .jsonPath().getString("articles[0].status"));
        JsonPath newer = post("application/xml", newsItem("urn:test:endpoint:1", 3, 1)).jsonPath();
        assertEquals("UPDATED", newer.getString("articles[0].status"), newer.prettify());
        assertEquals(id, newer.getString("articles[0].id"));
        assertEquals("UNCHANGED", post("application/xml", newsItem("urn:test:endpoint:1", 2, 2)).jsonPath()
                .getString("articles[0].status"), "an older version changes nothing");
        assertEquals(before + 1, Connections.count("articles"));
        JsonPath article = GraphQLClient.asEditor().data("query($id: ID!) { node(id: $id) { ... on Article { externalId version"
                + " url author headlineBasis publishedOn paragraphs source { name } } } }", Map.of("id", id));
        assertEquals("urn:test:endpoint:1", article.getString("node.externalId"));
        assertEquals(3, article.getInt("node.version"));
        assertEquals("STATED", article.getString("node.headlineBasis"));
        assertEquals("2015-06-26", article.getString("node.publishedOn"));
        assertEquals("VOA", article.getString("node.source.name"));
        assertEquals(9, article.getList("node.paragraphs").size(), article.prettify());
    }

    @Test
    void everyMediaTypeAndCurlDefaultsAreRead() {
        for (List<String> c : List.of(List.of("application/rss+xml", "leego-rss.xml"), List.of("application/atom+xml", "leego-atom.xml"),
                List.of("application/ninjs+json", "leego-ninjs2.json"), List.of("application/x-ndjson", "leego.ndjson"),
                List.of("text/html; charset=utf-8", "leego.html"), List.of("text/plain", "leego.txt"),
                List.of("application/x-www-form-urlencoded", "leego-ninjs1.json"))) {
            JsonPath answer = post(c.get(0), sample(c.get(1))).then().statusCode(200).extract().jsonPath();
            assertEquals("Al-Shabab Attack Kills Scores of AU Soldiers", answer.getString("articles[0].headline"), c.toString());
        }
    }

    @Test
    void rolesAreThoseOfTheMutation() {
        byte[] body = sample("leego.txt").getBytes(StandardCharsets.UTF_8);
        post("text/plain", body, null).then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        post("text/plain", body, Tokens.token(Set.of("reader"))).then().statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void hostileXmlIsRefusedAndNothingIsStored() {
        long before = Connections.count("articles");
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>Leak</title>
                <description>&secret; was read by the parser and is now part of the description.</description></item></channel></rss>
                """;
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                <rss version="2.0"><channel><item><title>Laughs</title><description>&lol9;</description></item></channel></rss>
                """;
        for (String hostile : List.of(xxe, laughs)) {
            Response r = post("application/rss+xml", hostile);
            r.then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("DOCTYPE"));
            assertTrue(!r.asString().contains("root:"), "no file content in the answer");
        }
        post("application/rss+xml", "<rss version=\"2.0\">\n<channel>\n<item><title>x</title>\n</channel></rss>").then()
                .statusCode(400).body("errors[0].message", containsString("line 4, column"));
        assertEquals(before, Connections.count("articles"));
    }

    @Test
    void encodingsAreDecodedOrRefusedClearly() {
        String text = "Café owners in Mogadishu say “business is back” after attack\n\n"
                + "MOGADISHU (Reuters) - Café owners in Mogadishu said on Saturday that customers were returning to the"
                + " seafront after last week’s attack, in which al-Shabab gunmen killed 20 people.";
        for (Charset charset : List.of(Charset.forName("windows-1252"), StandardCharsets.UTF_16)) {
            JsonPath answer = post("text/plain; charset=" + charset.name(), text.getBytes(charset), Tokens.editor()).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals("Café owners in Mogadishu say “business is back” after attack", answer.getString("articles[0].headline"),
                    charset.name());
        }
        byte[] withBom = ("\uFEFF" + text.replace("Café", "Caffè")).getBytes(StandardCharsets.UTF_8);
        assertTrue(post("text/plain", withBom, Tokens.editor()).jsonPath().getString("articles[0].headline").startsWith("Caffè"));
        long before = Connections.count("articles");
        post("text/plain", text.replace("Café", "Cafés").getBytes(StandardCharsets.ISO_8859_1), Tokens.editor()).then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not valid UTF-8"));
        String mojibake = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).replace("Caf", "Bar");
        post("text/plain; charset=utf-8", mojibake).then().statusCode(400).body("errors[0].message", containsString("UTF-8 decoded"));
        assertEquals(before, Connections.count("articles"));
    }

    @Test
    void aTenMegabyteFeedOfTwoThousandItemsIsRefusedByANamedLimit() {
        String item = "<item><title>Item %d</title><guid>urn:big:%d</guid><description>" + "Officials said the meeting went on. ".repeat(130)
                + "</description></item>\n";
        StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>\n");
        for (int i = 0; i < 2000; i++) {
            feed.append(item.formatted(i, i));
        }
        feed.append("</channel></rss>");
        assertTrue(feed.length() > 9_000_000 && feed.length() < 10_000_000, "size " + feed.length());
        long before = Connections.count("articles");
        post("application/rss+xml", feed.toString()).then().statusCode(413)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("newsgraph.ingest.max-raw-text-length"));
        assertEquals(before, Connections.count("articles"));
    }
}
