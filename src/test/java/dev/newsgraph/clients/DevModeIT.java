package dev.newsgraph.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.browser.Chromium;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a developer sees after {@code ./mvnw quarkus:dev}, in Chromium: GraphiQL loads the schema and answers a
 * query over the sample data without console errors, and the Dev UI lists the GraphQL extension; no request fails.
 * It starts dev mode itself (about a minute), so it runs with the integration tests. Screenshots:
 * target/screenshots/dev-*.png.
 */
class DevModeIT {
    /** Finds text anywhere in the page, inside the shadow roots of Dev UI's web components too. */
    private static final String PAGE_TEXT = """
            const text = (node) => Array.from(node.childNodes).map((child) => child.nodeType === Node.TEXT_NODE
                ? child.textContent
                : text(child) + (child.shadowRoot ? text(child.shadowRoot) : '')).join(' ');
            return text(document.body);""";

    @Test
    void graphiqlAndDevUiWorkInDevMode() throws Exception {
        try (Chromium chromium = Chromium.start("dev mode test"); DevMode dev = DevMode.start()) {
            GraphiQLPage graphiql = GraphiQLPage.open(chromium, dev.url("/q/graphql-ui/"));
            String docs = graphiql.docs();
            assertFalse(docs.contains("Error"), "GraphiQL in dev mode could not load the schema:\n" + docs);
            JsonObject result = graphiql.run("{ articles(first: 3) { totalCount nodes { headline } } }");
            chromium.screenshot("dev-graphiql");
            assertEquals(List.of(), chromium.consoleErrors(), "console errors in dev mode's GraphiQL");
            assertTrue(result.getJsonObject("data", new JsonObject()).getJsonObject("articles", new JsonObject())
                    .getLong("totalCount", 0L) > 0, "GraphiQL in dev mode showed no sample article: " + result);

            chromium.open(dev.url("/q/dev-ui/extensions"));
            String page = chromium.waitUntil(Duration.ofSeconds(60), driver -> {
                String text = String.valueOf(chromium.script(PAGE_TEXT));
                return text.contains("SmallRye GraphQL") ? text : null;
            });
            chromium.screenshot("dev-ui");
            assertTrue(page.contains("GraphQL UI"), "the Dev UI does not link GraphiQL");
            assertEquals(List.of(), chromium.failedRequests(), "failed requests in dev mode");
            // Not failed on: Dev UI's own JSON-RPC calls log errors that are not ours to fix (the extension catalogue
            // needs registry.quarkus.io; quarkus-embedded-postgresql 0.3.0's card calls a class Quarkus 3.34 lacks).
            List<String> consoleErrors = chromium.consoleErrors();
            if (!consoleErrors.isEmpty()) {
                System.out.println("NOTE: Dev UI logged console errors (see target/dev-mode.log): " + consoleErrors);
            }
        } catch (AssertionError e) {
            String log = DevMode.log();
            throw new AssertionError(e.getMessage() + "\nlast lines of target/dev-mode.log:\n"
                    + log.substring(Math.max(0, log.length() - 3000)), e);
        }
    }
}
