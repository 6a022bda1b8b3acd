package dev.newsgraph.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.browser.Chromium;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.security.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * GraphiQL at /q/graphql-ui in Debian's headless Chromium, used as a person would: the schema loads and the Docs show
 * our descriptions, a query typed into the editor returns data, a mutation works with a token typed into the Headers
 * editor (and fails without it), the token never reaches the page URL or the browser's storage, and the page logs no
 * console error and no failed request. Screenshots of each step land in target/screenshots/graphiql-*.png.
 */
@QuarkusTest
class GraphiQLBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/q/graphql-ui/")
    URL graphiql;

    private Chromium chromium;

    @BeforeEach
    void openGraphiQL() {
        chromium = Chromium.start("GraphiQL browser test");
        chromium.open(graphiql.toString());
        chromium.waitUntil(WAIT, driver -> !driver.findElements(By.cssSelector(".graphiql-query-editor .CodeMirror")).isEmpty());
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
        click(By.cssSelector("[aria-label='Show Documentation Explorer']"));
        WebElement explorer = chromium.waitUntil(WAIT, driver -> driver.findElement(By.cssSelector(".graphiql-doc-explorer")));
        chromium.waitUntil(WAIT, driver -> explorer.getText().contains("Query") || explorer.getText().contains("Error"));
        chromium.screenshot("graphiql-docs");
        assertFalse(explorer.getText().contains("Error"), "GraphiQL could not load the schema:\n" + explorer.getText());

        click(By.xpath("//div[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='Query']"));
        chromium.waitUntil(WAIT, driver -> explorer.getText().contains("articles"));
        chromium.screenshot("graphiql-docs-query");
        assertTrue(explorer.getText().contains(description),
                "the Docs of Query do not show the description of articles ('" + description + "'):\n" + explorer.getText());
        assertPageClean();
    }

    @Test
    void aQueryTypedIntoTheEditorReturnsData() {
        String query = "{ articles(first: 2) { totalCount edges { node { headline } } } }";
        io.restassured.path.json.JsonPath expected = GraphQLClient.data(query);
        JsonObject result = run(query);
        chromium.screenshot("graphiql-query");
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

        JsonObject refused = run(mutation);
        assertEquals("UNAUTHENTICATED", refused.getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code"), "a mutation without a token must be refused: " + refused);

        String token = Tokens.editor();
        click(By.xpath("//button[normalize-space()='Headers']"));
        WebElement headers = chromium.waitUntil(WAIT, driver -> visibleEditorTool(driver));
        type(headers, "{\"Authorization\": \"Bearer " + token + "\"}");
        JsonObject created = run(mutation);
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

    /** Types the operation into the query editor, runs it, and returns the JSON that the result pane shows. */
    private JsonObject run(String operation) {
        WebElement editor = chromium.driver().findElement(By.cssSelector(".graphiql-query-editor .CodeMirror"));
        type(editor, operation);
        // GraphiQL also shows a failed schema fetch there: start from an empty pane to see this operation's answer.
        chromium.script("document.querySelector('.graphiql-response .CodeMirror').CodeMirror.setValue('')");
        click(By.cssSelector(".graphiql-execute-button"));
        try {
            String shown = chromium.waitUntil(WAIT, driver -> {
                String text = resultText();
                return text.trim().endsWith("}") ? text : null;
            });
            return new JsonObject(shown);
        } catch (TimeoutException e) {
            throw new AssertionError("GraphiQL showed no JSON result for " + operation + "; the result pane holds: '"
                    + resultText() + "'; console errors: " + chromium.consoleErrors() + "; failed requests: "
                    + chromium.failedRequests());
        }
    }

    /** Clears a CodeMirror editor and types the text key by key, as a person would; checks that it reads as typed. */
    private void type(WebElement codeMirror, String text) {
        codeMirror.click();
        new Actions(chromium.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE)
                .sendKeys(text).perform();
        // Auto-closed brackets and quotes are typed over, so the editor must hold exactly the text.
        Object value = chromium.script("return arguments[0].CodeMirror.getValue()", codeMirror);
        assertEquals(text, value, "the editor does not hold what was typed");
    }

    private String resultText() {
        return String.valueOf(chromium.script(
                "const cm = document.querySelector('.graphiql-response .CodeMirror'); return cm ? cm.CodeMirror.getValue() : ''"));
    }

    private static WebElement visibleEditorTool(WebDriver driver) {
        return driver.findElements(By.cssSelector(".graphiql-editor-tool .CodeMirror")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private void click(By element) {
        chromium.waitUntil(WAIT, driver -> driver.findElement(element)).click();
    }

    private void assertPageClean() {
        assertEquals(List.of(), chromium.consoleErrors(), "GraphiQL logged console errors");
        assertEquals(List.of(), chromium.failedRequests(), "GraphiQL's requests failed");
    }
}
