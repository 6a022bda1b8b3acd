package dev.newsgraph.http;

import dev.newsgraph.error.ErrorCodes;
import dev.newsgraph.error.ErrorMessages;
import graphql.GraphQLError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request answered before GraphQL execution: its HTTP status, its GraphQL errors and an Allow header if any. */
final class RefusedRequest extends RuntimeException {
    final int status;
    final List<Map<String, Object>> errors;
    final String allow;

    private RefusedRequest(int status, List<Map<String, Object>> errors, String allow) {
        super(null, null, false, false);
        this.status = status;
        this.errors = errors;
        this.allow = allow;
    }

    /** The request itself is wrong (not JSON, parameters of the wrong type): 400 whatever the media type. */
    static RefusedRequest badRequest(String message) {
        return new RefusedRequest(400, List.of(error(message, Map.of())), null);
    }

    static RefusedRequest withStatus(int status, String message, String allow) {
        return new RefusedRequest(status, List.of(error(message, Map.of())), allow);
    }

    /** A refusal with its own code, for clients that act on it (persisted queries). */
    static RefusedRequest withCode(int status, String message, String code) {
        return new RefusedRequest(status, List.of(error(message, Map.of("code", code))), null);
    }

    /** The document cannot run (syntax, validation, no such operation); graphql-java's error details are kept. */
    static RefusedRequest invalidDocument(int status, List<? extends GraphQLError> errors) {
        return new RefusedRequest(status, errors.stream().map(RefusedRequest::error).toList(), null);
    }

    /** The document is too big to parse: the message names the limit. */
    static RefusedRequest limitExceeded(int status, String message) {
        return new RefusedRequest(status, List.of(error(message, Map.of("code", ErrorCodes.LIMIT_EXCEEDED))), null);
    }

    static RefusedRequest invalidDocument(int status, String message) {
        return new RefusedRequest(status, List.of(error(message, Map.of("classification", "ValidationError"))), null);
    }

    private static Map<String, Object> error(GraphQLError error) {
        Map<String, Object> specification = new LinkedHashMap<>(error.toSpecification());
        specification.put("message", ErrorMessages.withoutInternals(error.getMessage()));
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) specification.getOrDefault("extensions", Map.of());
        specification.put("extensions", codeFirst(extensions));
        return specification;
    }

    private static Map<String, Object> error(String message, Map<String, Object> extensions) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", codeFirst(extensions));
        return error;
    }

    private static Map<String, Object> codeFirst(Map<String, Object> extensions) {
        Map<String, Object> withCode = new LinkedHashMap<>();
        withCode.put("code", ErrorCodes.BAD_USER_INPUT);
        withCode.putAll(extensions);
        return withCode;
    }
}
