package dev.newsgraph.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves our configuration of the GraphiQL page ({@code render.js}, from {@code graphiql/render.js}) in place of the
 * one bundled with SmallRye GraphQL, which copies whatever is typed into the Headers editor, bearer tokens included,
 * into the page URL, and sends a second Content-Type. The rest of the page (GraphiQL itself) is SmallRye's.
 */
@ApplicationScoped
public class GraphiQLPage {
    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String apiPath;
    @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
    String nonApplicationRoot;
    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui")
    String uiPath;
    @ConfigProperty(name = "quarkus.smallrye-graphql.ui.enabled", defaultValue = "true")
    boolean enabled;

    void install(@Observes Router router) {
        if (!enabled) {
            return;
        }
        String ui = uiPath.startsWith("/") ? uiPath : "/" + strip(nonApplicationRoot) + "/" + strip(uiPath);
        String script = resource("graphiql/render.js")
                .replace("__API_PATH__", "/" + strip(apiPath))
                .replace("__UI_PATH__", ui);
        // Before the UI's static files.
        router.get(ui + "/render.js").order(-1).handler(context -> context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/javascript; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(script));
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static String resource(String name) {
        try (InputStream in = GraphiQLPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
