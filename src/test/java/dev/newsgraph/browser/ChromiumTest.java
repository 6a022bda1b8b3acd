package dev.newsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The browser helper itself: it must see what goes wrong in a page, or the browser tests would prove nothing. */
class ChromiumTest {

    @Test
    void reportsConsoleErrorsAndFailedRequestsAndSavesScreenshots() {
        try (Chromium chromium = Chromium.start("Chromium helper test")) {
            // Port 9 (discard) on the loopback interface: nothing listens, so the request fails.
            chromium.open("data:text/html,<h1>Hello</h1><script>console.error('boom');"
                    + "fetch('http://127.0.0.1:9/nothing').catch(() => document.title = 'failed')</script>");
            chromium.waitUntil(Duration.ofSeconds(10), driver -> "failed".equals(driver.getTitle()));

            List<String> errors = chromium.consoleErrors();
            assertTrue(errors.stream().anyMatch(error -> error.contains("boom")), "console.error not seen: " + errors);
            List<String> failed = chromium.failedRequests();
            assertTrue(failed.stream().anyMatch(request -> request.contains("127.0.0.1:9/nothing")),
                    "failed request not seen: " + failed);
            Path screenshot = chromium.screenshot("chromium-self-test");
            assertTrue(Files.size(screenshot) > 1000, "screenshot too small to show the page");
            assertEquals("Hello", chromium.driver().findElement(org.openqa.selenium.By.tagName("h1")).getText());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
