package dev.newsgraph.http;

import dev.newsgraph.error.ErrorCodes;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * The HTTP status of an executed request answered as application/graphql-response+json. The GraphQL-over-HTTP spec
 * wants a 4xx or 5xx status whenever the response has no {@code data}: the request failed as a whole (a missing or
 * ill-typed variable, a refused operation). SmallRye GraphQL answers 200 to everything, so the status is decided here
 * from the result and set by {@link GraphQLHttpFilter} just before the response headers go out:
 * <ul>
 * <li>401 when a token is needed (UNAUTHENTICATED), 403 when the token does not allow it (FORBIDDEN);</li>
 * <li>503 when the database is unavailable, 500 for a server fault (INTERNAL);</li>
 * <li>400 for everything else: bad input, limits, unsupported directives.</li>
 * </ul>
 * Responses with data (even null fields with errors) stay 200, and application/json responses are always 200, as the
 * spec says.
 */
public class ResponseStatus implements EventingService {
    /** The key of the routing context of a GraphQL-over-HTTP request in its Vert.x context locals. */
    static final String ROUTING_CONTEXT = ResponseStatus.class.getName() + ".routingContext";
    /** The key of the decided status in the routing context's data. */
    static final String STATUS = ResponseStatus.class.getName() + ".status";

    @Override
    public String getConfigKey() {
        return null; // always on; found through META-INF/services
    }

    /** After the execution, so after StableErrorCodes has given every error its code. */
    @Override
    public void afterExecute(Context context) {
        if (!VertxContext.isOnDuplicatedContext()) {
            return; // not an HTTP request (WebSocket operations have no status)
        }
        RoutingContext routing = ContextLocals.<RoutingContext>get(ROUTING_CONTEXT).orElse(null);
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (routing != null && result != null && !result.isDataPresent()) {
            routing.put(STATUS, of(result.getErrors()));
        }
    }

    /** The status of a response without data, from the codes of its errors. */
    static int of(List<GraphQLError> errors) {
        List<Object> codes = errors.stream()
                .map(error -> error.getExtensions() == null ? null : error.getExtensions().get("code"))
                .toList();
        if (codes.contains(ErrorCodes.UNAUTHENTICATED)) {
            return 401;
        }
        if (codes.contains(ErrorCodes.FORBIDDEN)) {
            return 403;
        }
        if (codes.contains(ErrorCodes.INTERNAL)) {
            return 500;
        }
        if (codes.contains(ErrorCodes.DATABASE_UNAVAILABLE)) {
            return 503;
        }
        return 400;
    }
}
