package dev.newsgraph.http;

import io.vertx.core.MultiMap;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RequestBody;

/**
 * The parameters of a GraphQL-over-HTTP request, checked for their JSON types: {@code query} a string,
 * {@code operationName} a string or null, {@code variables} and {@code extensions} objects or null. The query may be
 * left out only when {@code extensions.persistedQuery} names it by its hash ({@link PersistedQueries}).
 */
record GraphQLHttpRequest(String query, String operationName, JsonObject extensions) {
    static final String QUERY = "query";
    static final String OPERATION_NAME = "operationName";
    static final String VARIABLES = "variables";
    static final String EXTENSIONS = "extensions";

    /** A POST body: one JSON object. */
    static GraphQLHttpRequest fromBody(RequestBody body) {
        if (body == null || body.isEmpty()) {
            throw RefusedRequest.badRequest("The request body is empty: send a JSON object with a 'query'.");
        }
        JsonObject json;
        try {
            json = body.asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            throw RefusedRequest.badRequest("The request body is not a JSON object.");
        }
        objectOrNull(json.getValue(VARIABLES), VARIABLES);
        JsonObject extensions = objectOrNull(json.getValue(EXTENSIONS), EXTENSIONS);
        return new GraphQLHttpRequest(string(json.getValue(QUERY), QUERY, !PersistedQueries.named(extensions)),
                string(json.getValue(OPERATION_NAME), OPERATION_NAME, false), extensions);
    }

    /** GET parameters: variables and extensions are JSON-encoded objects. */
    static GraphQLHttpRequest fromQueryParameters(MultiMap parameters) {
        jsonParameter(parameters, VARIABLES);
        JsonObject extensions = jsonParameter(parameters, EXTENSIONS);
        return new GraphQLHttpRequest(string(parameters.get(QUERY), QUERY, !PersistedQueries.named(extensions)),
                parameters.get(OPERATION_NAME), extensions);
    }

    /** The same request with its query text, as found by its hash. */
    GraphQLHttpRequest withQuery(String text) {
        return new GraphQLHttpRequest(text, operationName, extensions);
    }

    private static JsonObject jsonParameter(MultiMap parameters, String name) {
        String value = parameters.get(name);
        if (value == null) {
            return null;
        }
        try {
            return new JsonObject(value);
        } catch (DecodeException | ClassCastException e) {
            throw RefusedRequest.badRequest("The '" + name + "' parameter is not a JSON object.");
        }
    }

    private static String string(Object value, String name, boolean required) {
        if (value == null && !required) {
            return null;
        }
        if (value == null) {
            throw RefusedRequest.badRequest("The request has no '" + name + "': send the GraphQL document in it.");
        }
        if (!(value instanceof String string)) {
            throw RefusedRequest.badRequest("'" + name + "' must be a string.");
        }
        return string;
    }

    private static JsonObject objectOrNull(Object value, String name) {
        if (value != null && !(value instanceof JsonObject)) {
            throw RefusedRequest.badRequest("'" + name + "' must be a JSON object or null.");
        }
        return (JsonObject) value;
    }
}
