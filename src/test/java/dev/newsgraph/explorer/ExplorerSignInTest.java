package dev.newsgraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.browser.Chromium;
import dev.newsgraph.security.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * With newsgraph.auth.read-requires-token=true the explorer asks for a token, keeps it in memory only (not in the
 * address, not in storage), then reads, subscribes and ingests with it: an editor stores pasted copy from the page.
 */
@QuarkusTest
@TestProfile(ExplorerSignInTest.ReadsNeedAToken.class)
class ExplorerSignInTest {
    public static class ReadsNeedAToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.auth.read-requires-token", "true");
        }
    }

    static final String STORY = """
            Bridge Collapse Near Verona Injures Three Drivers, Firefighters Say

            Bridge Collapse Near Verona Injures Three Drivers, Firefighters Say
            Firefighters inspect a collapsed bridge near Verona, Italy, on November 4, 2025. (AFP)
            A road bridge collapsed near Verona in northern Italy on Tuesday, injuring three drivers, fire brigade spokesman Luca Bianchi said.

            "We are checking every other bridge on this road," Bianchi told reporters in Verona.
            """;

    @TestHTTPResource("/")
    URL root;

    @Test
    void signInWithATokenKeptInMemoryThenIngestAsAnEditor() {
        try (Chromium chromium = Chromium.start("explorer sign-in test")) {
            ExplorerPage page = new ExplorerPage(chromium, root.toString());
            page.size(ExplorerPage.DESKTOP);
            page.open("", "home");
            assertEquals("Sign in to explore", page.heading());
            assertTrue(page.find(By.id("token-input")).isDisplayed(), "the sign-in field opens by itself");
            page.screenshot("desktop-signin");
            List<String> violations = page.accessibilityViolations();

            String token = Tokens.editor();
            page.find(By.id("token-input")).sendKeys(token);
            page.click(By.cssSelector("#signin-panel button[type=submit]"), "home");
            assertTrue(page.text(By.cssSelector(".stats-strip")).contains("Articles"));
            assertTrue(page.text(By.id("signin-toggle")).contains("editor"), page.text(By.id("signin-toggle")));
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> "live".equals(chromium.script(
                    "return document.getElementById('live-state').dataset.state")));
            assertFalse(chromium.currentUrl().contains(token), "token in the address");
            assertEquals(0L, chromium.script("return localStorage.length + sessionStorage.length"), "token stored");
            assertEquals("", chromium.script("return document.cookie"));

            page.open("ingest", "ingest");
            page.find(By.id("copy")).sendKeys(STORY);
            page.find(By.id("feed")).sendKeys("sign-in-test.txt");
            page.find(By.id("ingest-button")).click();
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> page.text(By.id("ingest-result")).contains("Bridge Collapse"));
            assertTrue(page.text(By.id("ingest-result")).contains("Created"), page.text(By.id("ingest-result")));
            page.screenshot("desktop-ingest-stored");
            violations = new ArrayList<>(violations);
            violations.addAll(page.accessibilityViolations());
            page.click(By.cssSelector("#ingest-result a.item-title"), "node");
            assertTrue(page.heading().startsWith("Bridge Collapse Near Verona"), page.heading());

            assertEquals(List.of(), chromium.consoleErrors(), "console errors");
            assertEquals(List.of(), page.failedRequests(), "failed requests");
            assertEquals(List.of(), violations, "axe-core violations");
        }
    }
}
