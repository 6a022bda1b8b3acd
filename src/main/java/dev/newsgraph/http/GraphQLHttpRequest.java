package dev.newsgraph.http;

import io.vertx.core.MultiMap;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RequestBody;

/**
 * The parameters of a GraphQL-over-HTTP request, checked for their JSON types: {@code query} a string,
 * {@code operationName} a string or null, {@code variables} and {@code extensions} objects or null.
 */
record GraphQLHttpRequest(String query, String operationName) {
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
        return new GraphQLHttpRequest(string(json.getValue(QUERY), QUERY, true),
                string(json.getValue(OPERATION_NAME), OPERATION_NAME, false))
                .withObjectOrNull(json.getValue(VARIABLES), VARIABLES)
                .withObjectOrNull(json.getValue(EXTENSIONS), EXTENSIONS);
    }

    /** GET parameters: variables and extensions are JSON-encoded objects. */
    static GraphQLHttpRequest fromQueryParameters(MultiMap parameters) {
        GraphQLHttpRequest request = new GraphQLHttpRequest(string(parameters.get(QUERY), QUERY, true),
                parameters.get(OPERATION_NAME));
        for (String name : new String[] {VARIABLES, EXTENSIONS}) {
            String value = parameters.get(name);
            if (value != null) {
                try {
                    request.withObjectOrNull(new JsonObject(value), name);
                } catch (DecodeException | ClassCastException e) {
                    throw RefusedRequest.badRequest("The '" + name + "' parameter is not a JSON object.");
                }
            }
        }
        return request;
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

    private GraphQLHttpRequest withObjectOrNull(Object value, String name) {
        if (value != null && !(value instanceof JsonObject)) {
            throw RefusedRequest.badRequest("'" + name + "' must be a JSON object or null.");
        }
        return this;
    }
}
