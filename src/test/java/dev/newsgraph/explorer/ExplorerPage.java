package dev.newsgraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.browser.Chromium;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * The explorer in a real browser: navigation that waits for a view to finish rendering (the app marks
 * {@code <html data-ready data-view>} when a view is done), axe-core accessibility checks and screenshots under
 * target/screenshots/explorer/.
 */
final class ExplorerPage {
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    /** The axe-core webjar of the test classpath (version as in pom.xml). */
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    final Chromium chromium;
    private final String root;
    /** Requests Chromium itself makes at start-up (it fails to resolve a host of its own), before any page. */
    private final int startupFailures;

    ExplorerPage(Chromium chromium, String root) {
        this.chromium = chromium;
        this.root = root.endsWith("/") ? root : root + "/";
        this.startupFailures = chromium.failedRequests().size();
        chromium.driver().manage().timeouts().scriptTimeout(TIMEOUT);
    }

    void size(Dimension size) {
        // The window's outer size; the viewport is what the screenshots show.
        chromium.driver().manage().window().setSize(size);
        Long innerWidth = (Long) chromium.script("return window.innerWidth");
        Long innerHeight = (Long) chromium.script("return window.innerHeight");
        chromium.driver().manage().window().setSize(new Dimension(2 * size.width - innerWidth.intValue(),
                2 * size.height - innerHeight.intValue()));
    }

    /** Loads the explorer at a route (e.g. "n/&lt;id&gt;", "" for the overview) and waits for the view. */
    void open(String route, String view) {
        chromium.open(root + "#/" + route);
        waitForView(view);
    }

    /** Does something that navigates (a click), then waits for the view it leads to. */
    void navigate(Runnable action, String view) {
        chromium.script("document.documentElement.removeAttribute('data-ready')");
        action.run();
        waitForView(view);
    }

    void click(By by, String view) {
        navigate(() -> find(by).click(), view);
    }

    void waitForView(String view) {
        try {
            chromium.waitUntil(TIMEOUT, driver -> chromium.script(
                    "return document.documentElement.dataset.ready && !document.getElementById('main').hasAttribute('aria-busy')"));
        } catch (TimeoutException e) {
            throw new AssertionError("view " + view + " not rendered; console: " + chromium.consoleErrors(), e);
        }
        assertEquals(view, chromium.script("return document.documentElement.dataset.view"),
                () -> "wrong view, page shows: " + text(By.tagName("main")));
    }

    WebElement find(By by) {
        return chromium.waitUntil(TIMEOUT, driver -> driver.findElements(by).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    List<WebElement> all(By by) {
        return chromium.driver().findElements(by);
    }

    /** Requests of the pages that failed or got a 4xx/5xx answer. */
    List<String> failedRequests() {
        List<String> all = chromium.failedRequests();
        return all.subList(startupFailures, all.size());
    }

    String text(By by) {
        return chromium.driver().findElement(by).getText();
    }

    String route() {
        String url = chromium.currentUrl();
        return url.substring(url.indexOf("#/") + 2);
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    /** axe-core's violations of WCAG 2.1 A/AA and best practice on the page as it is, one line per rule. */
    List<String> accessibilityViolations() {
        if (!Boolean.TRUE.equals(chromium.script("return typeof window.axe === 'object'"))) {
            chromium.script(axeSource());
        }
        Object result = ((JavascriptExecutor) chromium.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
                  .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    /** A PNG of the viewport as target/screenshots/explorer/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(Chromium.SCREENSHOTS.resolve("explorer"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chromium.screenshot("explorer/" + name);
    }

    private static String axeSource() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not on the test classpath: " + AXE);
            }
            // Run as a function body by Selenium: make the global explicit.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n;window.axe = axe;";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
