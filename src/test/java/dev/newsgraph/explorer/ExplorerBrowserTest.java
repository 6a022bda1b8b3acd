package dev.newsgraph.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.browser.Chromium;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The explorer in headless Chromium on the sample data, as a reader would use it: every view at desktop and phone
 * width, the links from a search to an incident's figures, a path between two nodes, a live ingest arriving while
 * the page is open; no console error, no failed request and no axe-core violation anywhere.
 */
@QuarkusTest
class ExplorerBrowserTest {
    /** An invented story in the wire format, ingested over HTTP while the page is open. */
    static final String LIVE_STORY = """
            Landslide Blocks Mountain Road Near Trento, Injuring Two, Police Say

            Landslide Blocks Mountain Road Near Trento, Injuring Two, Police Say
            Workers clear a road near Trento, Italy, on November 3, 2025. (AFP)
            A landslide injured two people and blocked a mountain road near Trento in northern Italy on Monday, police spokesman Paolo Ferrari said.

            "The road will stay closed for several days," Ferrari told reporters in Trento.
            """;

    @TestHTTPResource("/")
    URL root;

    /** Routes of every view visited, by screenshot name, for the phone pass. */
    private final Map<String, String> views = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();

    @Test
    void everyViewWorksAtDesktopAndPhoneWidth() throws Exception {
        try (Chromium chromium = Chromium.start("explorer browser test")) {
            ExplorerPage page = new ExplorerPage(chromium, root.toString());
            page.size(ExplorerPage.DESKTOP);

            // Overview: first view, timed from navigation start to the rendered view.
            page.open("", "home");
            double cold = firstViewMillis(page);
            double coldQuery = graphqlMillis(page);
            page.open("", "home");
            chromium.driver().navigate().refresh();
            page.waitForView("home");
            double warm = firstViewMillis(page);
            System.out.printf("Explorer first view interactive: %.0f ms on the first load of a fresh service (its GraphQL request"
                    + " %.0f ms), %.0f ms on a reload (GraphQL %.0f ms)%n", cold, coldQuery, warm, graphqlMillis(page));
            assertTrue(page.text(By.cssSelector(".stats-strip")).contains("Articles"));
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> "live".equals(chromium.script(
                    "return document.getElementById('live-state').dataset.state")));
            check(page, "overview");

            // Search "Rutte" → Mark Rutte → a statement → its article → Kharkiv → the Kharkiv attack → its figures.
            WebElement search = page.find(By.id("search-input"));
            search.sendKeys("Rutte");
            page.navigate(() -> search.sendKeys(Keys.ENTER), "search");
            assertTrue(page.find(By.cssSelector("#group-Person")).getText().contains("Mark Rutte"));
            assertFalse(page.all(By.cssSelector(".snippet mark")).isEmpty(), "matched words are highlighted");
            check(page, "search");

            page.click(By.xpath("//section[@id='group-Person']//a[.='Mark Rutte']"), "node");
            assertEquals("Mark Rutte", page.heading());
            String rutte = page.route();
            check(page, "person");

            page.click(By.cssSelector(".timeline a.quote"), "node");
            assertTrue(page.heading().startsWith("Mark Rutte"), page.heading());
            check(page, "statement");

            page.click(By.xpath("//section[h2='Reported in']//a"), "node");
            assertTrue(page.all(By.cssSelector(".article-view .body a.mention")).size() > 5, "entity mentions are linked");
            assertFalse(page.all(By.cssSelector(".article-view .said")).isEmpty(), "quotes are marked");
            check(page, "article");

            // Rutte's article names Russia, the perpetrator of the Kharkiv attack; the attack leads to Kharkiv.
            page.click(By.xpath("//div[@class='body']//a[contains(@class,'mention')][.='Russia']"), "node");
            assertEquals("Russia", page.heading());
            page.click(By.xpath("//section[h2[starts-with(., 'Incidents it is a perpetrator of')]]//a[contains(., 'Kills Three')]"), "node");
            page.click(By.xpath("//nav[contains(@class,'breadcrumbs')]//a[.='Kharkiv']"), "node");
            assertEquals("Kharkiv", page.heading());
            assertTrue(page.text(By.cssSelector(".breadcrumbs")).contains("Ukraine"), "place hierarchy as breadcrumbs");
            assertFalse(page.all(By.cssSelector("#place-map .leaflet-interactive")).isEmpty(), "incidents on the map");
            check(page, "place");

            page.click(By.xpath("//section[h2[starts-with(., 'Incidents here')]]//a[contains(., 'Kills Three')]"), "node");
            assertTrue(page.heading().contains("Kharkiv"), page.heading());
            String attack = page.route();
            List<WebElement> figures = page.all(By.cssSelector(".figure-card tbody tr"));
            assertTrue(figures.size() >= 2, "killed and injured figures");
            assertTrue(page.text(By.cssSelector(".figures")).contains("Terekhov"), "who reported the figures");
            check(page, "incident");

            // Graph around Mark Rutte, expand a node, then the path to the Kharkiv attack through the path form.
            page.open("graph/" + rutte.substring(2), "graph");
            int shown = page.all(By.cssSelector("#shown li")).size();
            assertTrue(shown > 3, "Rutte's neighbourhood");
            page.find(By.xpath("//ul[@id='shown']/li[span[contains(@class, 'article')]]/button")).click();
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> page.all(By.cssSelector("#shown li")).size() > shown);
            check(page, "graph");

            WebElement to = page.find(By.id("to-q"));
            to.sendKeys("Kharkiv Kills Three");
            page.find(By.cssSelector("[data-find=to]")).click();
            page.find(By.xpath("//div[@aria-label='To: matches']//label[contains(., 'Kills Three') and .//span[contains(@class,'incident')]]/input")).click();
            page.click(By.cssSelector("#path-form button[type=submit]"), "graph");
            List<WebElement> chain = page.all(By.cssSelector("#chain li"));
            assertTrue(chain.size() >= 2, "a chain of nodes");
            assertTrue(chain.get(0).getText().contains("Mark Rutte"));
            assertTrue(chain.get(chain.size() - 1).getText().contains("Kharkiv Kills Three"));
            assertEquals("path/" + rutte.substring(2) + "/" + attack.substring(2), page.route());
            check(page, "path");

            // Incidents over time: a bar's period lists its incidents.
            page.open("stats", "stats");
            assertFalse(page.all(By.cssSelector("#chart canvas")).isEmpty(), "the chart is drawn");
            page.find(By.cssSelector("details.card summary")).click();
            page.find(By.cssSelector("[data-period='2025-06']")).click();
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> page.text(By.id("period")).contains("Kills Three"));
            check(page, "stats");

            // Ingest: the extract preview highlights what it found (storing needs a token: see ExplorerSignInTest).
            page.open("ingest", "ingest");
            page.find(By.id("copy")).sendKeys(LIVE_STORY.replace("Trento", "Bolzano"));
            page.find(By.cssSelector("[data-action=preview]")).click();
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> !page.all(By.cssSelector("#preview .draft")).isEmpty());
            assertFalse(page.all(By.cssSelector("#preview mark.mention")).isEmpty(), "entities highlighted in the preview");
            check(page, "ingest");

            // Live: an article ingested over HTTP appears on the open overview without a reload.
            page.open("", "home");
            GraphQLClient.asEditor().data("mutation($text: String!) { ingestText(text: $text, feed: \"live-test.txt\") { status } }",
                    Map.of("text", LIVE_STORY));
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> page.text(By.id("toasts")).contains("Landslide Blocks Mountain Road"));
            chromium.waitUntil(ExplorerPage.TIMEOUT, d -> page.text(By.id("home-articles")).contains("Landslide Blocks Mountain Road"));
            page.screenshot("desktop-live");
            // The story also reports an incident, whose notice may come just after the article's: dismiss every one.
            assertTrue((boolean) chromium.waitUntil(ExplorerPage.TIMEOUT, d -> {
                page.all(By.cssSelector("#toasts .toast-close")).forEach(WebElement::click);
                return page.all(By.cssSelector("#toasts .toast")).isEmpty();
            }), "the notices can be dismissed");

            // Every view again at phone width.
            page.size(ExplorerPage.PHONE);
            for (Map.Entry<String, String> view : Map.copyOf(views).entrySet()) {
                page.open(view.getValue(), viewName(view.getValue()));
                violations.addAll(page.accessibilityViolations().stream().map(v -> view.getKey() + " (phone): " + v).toList());
                assertTrue(Files.size(page.screenshot("phone-" + view.getKey())) > 5000);
            }

            assertEquals(List.of(), chromium.consoleErrors(), "console errors");
            assertEquals(List.of(), page.failedRequests(), "failed requests");
            assertEquals(List.of(), violations, "axe-core violations");
        }
    }

    /** Screenshot at desktop width and axe-core check of the current view; remembers its route for the phone pass. */
    private void check(ExplorerPage page, String name) throws Exception {
        views.put(name, page.route());
        page.chromium.script("window.scrollTo(0, 0)");
        violations.addAll(page.accessibilityViolations().stream().map(v -> name + ": " + v).toList());
        assertTrue(Files.size(page.screenshot("desktop-" + name)) > 5000);
    }

    private static String viewName(String route) {
        if (route.isEmpty()) {
            return "home";
        }
        String first = route.split("[/?]")[0];
        return switch (first) {
            case "n" -> "node";
            case "path" -> "graph";
            default -> first;
        };
    }

    /** Duration of the page's slowest /graphql request so far. */
    private static double graphqlMillis(ExplorerPage page) {
        return ((Number) page.chromium.script("return Math.max(0, ...performance.getEntriesByType('resource')"
                + ".filter(e => e.name.endsWith('/graphql')).map(e => e.duration))")).doubleValue();
    }

    private static double firstViewMillis(ExplorerPage page) {
        return ((Number) page.chromium.script(
                "return performance.getEntriesByName('explorer-ready')[0].startTime")).doubleValue();
    }
}
