package dev.newsgraph.http;

import graphql.ExecutionResult;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cache headers of GraphQL responses to GET, so that a CDN or browser may keep the answers to queries sent by URL, a
 * persisted query's hash above all ({@link PersistedQueries}): {@code Cache-Control: public, max-age=N} for a query
 * that ran with data and no error at all, {@code private} instead when the answer may depend on who asks (a token was
 * sent, or reads need one). Every other GET response, a refusal, an unknown hash, an error anywhere in the result,
 * gets {@code no-store}: 404 and 405 are cacheable by default, and an unknown hash must reach the server again once its
 * query is registered. GET responses vary with {@code Accept} (the media type) and {@code Origin} (CORS headers). POST
 * responses, mutations among them, get no cache header: shared caches do not store them.
 */
@ApplicationScoped
public class GetCaching {
    /** The key of the routing context of a GET request in its Vert.x context locals. */
    private static final String ROUTING_CONTEXT = GetCaching.class.getName() + ".routingContext";
    /** The key of the mark that a GET request's result came with data and no error. */
    private static final String CLEAN_RESULT = GetCaching.class.getName() + ".cleanResult";
    static final String NO_STORE = "no-store";

    @ConfigProperty(name = "newsgraph.persisted-queries.get-max-age", defaultValue = "60s")
    Duration maxAge;
    @ConfigProperty(name = "newsgraph.auth.read-requires-token", defaultValue = "false")
    boolean readRequiresToken;

    /** Follows a GET request through execution, to learn whether its result may be cached. */
    void track(RoutingContext context) {
        if (context.request().method().equals(HttpMethod.GET) && VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(ROUTING_CONTEXT, context);
        }
    }

    /** Marks the GET requests whose result came with data and no error; found by SmallRye through META-INF/services. */
    public static class ResultTracking implements EventingService {
        @Override
        public String getConfigKey() {
            return null; // always on
        }

        @Override
        public void afterExecute(Context context) {
            if (!VertxContext.isOnDuplicatedContext()) {
                return;
            }
            RoutingContext routing = ContextLocals.<RoutingContext>get(ROUTING_CONTEXT).orElse(null);
            ExecutionResult result = context.unwrap(ExecutionResult.class);
            if (routing != null && result != null && result.isDataPresent() && result.getErrors().isEmpty()) {
                routing.put(CLEAN_RESULT, Boolean.TRUE);
            }
        }
    }

    /** Just before the response headers of a request that went on to execution go out. */
    void setHeaders(RoutingContext context) {
        if (!context.request().method().equals(HttpMethod.GET)) {
            return;
        }
        HttpServerResponse response = context.response();
        boolean cacheable = response.getStatusCode() == 200 && Boolean.TRUE.equals(context.get(CLEAN_RESULT))
                && maxAge.toSeconds() > 0;
        boolean personal = readRequiresToken || context.request().headers().contains(HttpHeaders.AUTHORIZATION);
        response.putHeader(HttpHeaders.CACHE_CONTROL, cacheable
                ? (personal ? "private" : "public") + ", max-age=" + maxAge.toSeconds()
                : NO_STORE);
        // Quarkus' CORS filter echoes an allowed Origin in Access-Control-Allow-Origin without saying it varies with it.
        response.headers().add(HttpHeaders.VARY, "Accept, Origin");
    }

    /** A GET request refused before execution: never stored, or a registered hash could stay unknown to a cache. */
    static void refused(RoutingContext context) {
        if (context.request().method().equals(HttpMethod.GET)) {
            context.response().putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
