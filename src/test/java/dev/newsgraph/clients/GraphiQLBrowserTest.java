package dev.newsgraph.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.browser.Chromium;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.IngestMutation;
import dev.newsgraph.security.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * GraphiQL at /q/graphql-ui in Debian's headless Chromium, used as a person would: the schema loads and the Docs show
 * our descriptions, a query typed into the editor returns data, a mutation works with a token typed into the Headers
 * editor (and fails without it), the token never reaches the page URL or the browser's storage, a subscription shows
 * the next ingested article with its nested fields, and the page logs no
 * console error and no failed request. Screenshots land in target/screenshots/graphiql-*.png.
 */
@QuarkusTest
class GraphiQLBrowserTest {
    @TestHTTPResource("/q/graphql-ui/")
    URL graphiql;

    private Chromium chromium;
    private GraphiQLPage page;

    @BeforeEach
    void openGraphiQL() {
        chromium = Chromium.start("GraphiQL browser test");
        page = GraphiQLPage.open(chromium, graphiql.toString());
    }

    @AfterEach
    void close(TestInfo test) {
        if (chromium != null) {
            // The last state of each test, for review, whatever happened.
            chromium.screenshot("graphiql-" + test.getTestMethod().orElseThrow().getName());
            chromium.close();
        }
    }

    @Test
    void docsShowTheSchemaWithItsDescriptions() {
        String description = GraphQLClient.data("{ __type(name: \"Query\") { fields { name description } } }")
                .getString("__type.fields.find { it.name == 'articles' }.description");
        String docs = page.docs();
        assertFalse(docs.contains("Error"), "GraphiQL could not load the schema:\n" + docs);
        String query = page.docsOf("Query", "articles");
        chromium.screenshot("graphiql-docs-query");
        assertTrue(query.contains(description),
                "the Docs of Query do not show the description of articles ('" + description + "'):\n" + query);
        assertPageClean();
    }

    @Test
    void aQueryTypedIntoTheEditorReturnsData() {
        String query = "{ articles(first: 2) { totalCount edges { node { headline } } } }";
        JsonPath expected = GraphQLClient.data(query);
        JsonObject result = page.run(query);
        JsonObject articles = result.getJsonObject("data", new JsonObject()).getJsonObject("articles");
        assertTrue(articles != null && result.getJsonArray("errors") == null, "GraphiQL showed no data: " + result);
        assertEquals(expected.getLong("articles.totalCount"), articles.getLong("totalCount"), "totalCount shown");
        assertEquals(expected.getList("articles.edges.node.headline"), articles.getJsonArray("edges").stream()
                .map(edge -> ((JsonObject) edge).getJsonObject("node").getString("headline")).toList(), "headlines shown");
        assertTrue(articles.getLong("totalCount") > 0, "no article shown");
        assertPageClean();
    }

    @Test
    void aMutationWorksWithTheTokenTypedIntoTheHeadersEditorWhichStaysOutOfTheUrl() {
        String headline = "Typed into GraphiQL " + System.nanoTime();
        String mutation = "mutation { ingestArticles(input: [{headline: \"" + headline
                + "\", paragraphs: [\"A paragraph typed into GraphiQL.\"]}]) { status article { id headline } } }";

        JsonObject refused = page.run(mutation);
        assertEquals("UNAUTHENTICATED", refused.getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code"), "a mutation without a token must be refused: " + refused);
        // Refused on purpose: a 4xx answer to it, if the server gives one, is no fault of GraphiQL's.
        List<String> failed = chromium.failedRequests();
        assertTrue(failed.isEmpty() || failed.size() == 1 && failed.get(0).matches("4\\d\\d .*/graphql"),
                "requests of the refused mutation: " + failed);
        chromium.forgetRecorded();

        String token = Tokens.editor();
        page.typeHeaders("{\"Authorization\": \"Bearer " + token + "\"}");
        JsonObject created = page.run(mutation);
        chromium.screenshot("graphiql-mutation");
        JsonObject outcome = created.getJsonObject("data").getJsonArray("ingestArticles").getJsonObject(0);
        assertEquals("CREATED", outcome.getString("status"), "the mutation with the token failed: " + created);
        String id = outcome.getJsonObject("article").getString("id");
        assertEquals(headline, GraphQLClient.data("query($id: ID!) { node(id: $id) { ... on Article { headline } } }",
                Map.of("id", id)).getString("node.headline"), "the article is not stored");

        String url = chromium.currentUrl();
        for (String leak : List.of(token, URLEncoder.encode(token, StandardCharsets.UTF_8), "Authorization", "Bearer")) {
            assertFalse(url.contains(leak), "the page URL carries the token, so it ends up in history and logs: " + url);
        }
        Object storage = chromium.script("return JSON.stringify(Object.assign({}, window.localStorage))"
                + " + JSON.stringify(Object.assign({}, window.sessionStorage))");
        assertFalse(String.valueOf(storage).contains(token), "the browser's storage keeps the token");
        assertPageClean();
    }

    @Test
    void aSubscriptionShowsTheNextIngestedArticleWithItsNestedFields() throws InterruptedException {
        page.start("subscription { articleIngested { headline dateline { name } people { name } feeds { name } } }");
        // The subscription runs over graphql-transport-ws from the page; give it a moment to be registered.
        Thread.sleep(1500);
        String headline = "Seen live in GraphiQL " + System.nanoTime();
        IngestMutation.ingest(List.of(Map.of("headline", headline, "paragraphs", List.of("Ihor Terekhov spoke in Kharkiv."),
                "dateline", "Kharkiv", "feed", "graphiql-live.txt",
                "people", List.of(Map.of("name", "Ihor Terekhov")),
                "places", List.of(Map.of("name", "Kharkiv", "kind", "CITY", "countryCode", "UA")))));
        JsonObject event = page.result("the subscription").getJsonObject("data", new JsonObject())
                .getJsonObject("articleIngested", new JsonObject());
        chromium.screenshot("graphiql-subscription");
        assertEquals(headline, event.getString("headline"), "GraphiQL showed another event: " + event);
        assertEquals("Kharkiv", event.getJsonObject("dateline").getString("name"), "dateline of the event");
        assertEquals("Ihor Terekhov", event.getJsonArray("people").getJsonObject(0).getString("name"), "people of the event");
        assertEquals("graphiql-live.txt", event.getJsonArray("feeds").getJsonObject(0).getString("name"), "feeds of the event");
        assertPageClean();
    }

    private void assertPageClean() {
        assertEquals(List.of(), chromium.consoleErrors(), "GraphiQL logged console errors");
        assertEquals(List.of(), chromium.failedRequests(), "GraphiQL's requests failed");
    }
}
