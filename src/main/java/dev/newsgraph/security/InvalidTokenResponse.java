package dev.newsgraph.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A bearer token that is present but invalid (bad signature, other issuer, expired, not a JWT) is refused before
 * GraphQL runs, with HTTP 401. Quarkus would send that with an empty body; this gives it a GraphQL error body with
 * the code UNAUTHENTICATED, so clients handle it like a missing token.
 */
@ApplicationScoped
public class InvalidTokenResponse {
    static final String MESSAGE = "The bearer token is invalid or has expired.";

    void install(@Observes Router router) {
        router.route("/graphql*").failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().ended()) {
            context.next();
            return;
        }
        JsonObject error = new JsonObject().put("message", MESSAGE).put("extensions", new JsonObject().put("code", "UNAUTHENTICATED"));
        context.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
