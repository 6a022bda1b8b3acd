package dev.newsgraph.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.browser.Chromium;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** GraphiQL (SmallRye's, at /q/graphql-ui) in Chromium, worked as a person works it: clicks and keystrokes. */
final class GraphiQLPage {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Chromium chromium;

    private GraphiQLPage(Chromium chromium) {
        this.chromium = chromium;
    }

    /** Opens GraphiQL at this URL and waits for its query editor. */
    static GraphiQLPage open(Chromium chromium, String url) {
        chromium.open(url);
        chromium.waitUntil(WAIT, driver -> !driver.findElements(By.cssSelector(".graphiql-query-editor .CodeMirror")).isEmpty());
        return new GraphiQLPage(chromium);
    }

    /** Opens the Docs explorer and returns its text once the schema has loaded, or failed to. */
    String docs() {
        click(By.cssSelector("[aria-label='Show Documentation Explorer']"));
        WebElement explorer = chromium.waitUntil(WAIT, driver -> driver.findElement(By.cssSelector(".graphiql-doc-explorer")));
        chromium.waitUntil(WAIT, driver -> explorer.getText().contains("Query") || explorer.getText().contains("Error"));
        return explorer.getText();
    }

    /** In the open Docs explorer, goes to the type and returns the text shown once it lists this field. */
    String docsOf(String type, String field) {
        click(By.xpath("//div[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='" + type + "']"));
        WebElement explorer = chromium.driver().findElement(By.cssSelector(".graphiql-doc-explorer"));
        chromium.waitUntil(WAIT, driver -> explorer.getText().contains(field));
        return explorer.getText();
    }

    /** Types the operation into the query editor, runs it, and returns the JSON that the result pane shows. */
    JsonObject run(String operation) {
        start(operation);
        return result(operation);
    }

    /** Types the operation into the query editor and starts it (a subscription then waits for events). */
    void start(String operation) {
        type(chromium.driver().findElement(By.cssSelector(".graphiql-query-editor .CodeMirror")), operation);
        // GraphiQL parses the editor's text shortly after the last keystroke, and picks HTTP or WebSocket from that
        // parse: a click within that moment would send a subscription over HTTP. A person never clicks that fast.
        pause(Duration.ofMillis(500));
        // GraphiQL also shows a failed schema fetch there: start from an empty pane to see this operation's answer.
        chromium.script("document.querySelector('.graphiql-response .CodeMirror').CodeMirror.setValue('')");
        click(By.cssSelector(".graphiql-execute-button"));
    }

    /** The JSON the result pane shows for the operation started last, once it shows one. */
    JsonObject result(String operation) {
        try {
            String shown = chromium.waitUntil(WAIT, driver -> resultText().trim().endsWith("}") ? resultText() : null);
            return new JsonObject(shown);
        } catch (TimeoutException e) {
            throw new AssertionError("GraphiQL showed no JSON result for " + operation + "; the result pane holds: '"
                    + resultText() + "'; console errors: " + chromium.consoleErrors() + "; failed requests: "
                    + chromium.failedRequests());
        }
    }

    /** Opens the Headers editor and types these headers (JSON) into it. */
    void typeHeaders(String headers) {
        click(By.xpath("//button[normalize-space()='Headers']"));
        type(chromium.waitUntil(WAIT, GraphiQLPage::visibleEditorTool), headers);
    }

    /** Clears a CodeMirror editor and types the text key by key; checks that it reads as typed. */
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

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void click(By element) {
        chromium.waitUntil(WAIT, driver -> driver.findElement(element)).click();
    }
}
