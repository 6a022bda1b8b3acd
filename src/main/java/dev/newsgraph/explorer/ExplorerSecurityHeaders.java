package dev.newsgraph.explorer;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Security headers of the explorer (the web application at {@code /}, served from META-INF/resources): a
 * Content-Security-Policy that lets the page load scripts, styles, images and data only from its own origin and open
 * the GraphQL WebSocket of that same origin. GraphiQL under /q keeps its own headers.
 */
@ApplicationScoped
public class ExplorerSecurityHeaders {
    /** The explorer's page, its code and data, and the libraries it loads from webjars. */
    static final Pattern EXPLORER_PATHS = Pattern.compile("/(index\\.html)?|/explorer/.*|/webjars/.*");
    /** host[:port] as a browser sends it; anything else falls back to 'self' alone. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    void install(@Observes Router router) {
        router.routeWithRegex(EXPLORER_PATHS.pattern()).order(-1000).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext context) {
        String host = context.request().getHeader(HttpHeaders.HOST);
        context.response().headers()
                .set("Content-Security-Policy", policy(host))
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY");
        context.next();
    }

    /**
     * Only the same origin. 'self' does not cover WebSocket URLs in every browser, so the page's own host is named
     * for ws: and wss:. Styles set from script (map and network libraries position their elements that way) are
     * CSSOM changes that style-src does not restrict.
     */
    static String policy(String host) {
        String sockets = host != null && HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'" + sockets + "; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'";
    }
}
