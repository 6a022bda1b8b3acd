package dev.newsgraph.http;

import java.util.List;
import java.util.Optional;

/** The media types a GraphQL response can be sent as, which one a request's Accept header asks for, and request bodies. */
enum GraphQLMediaType {
    /** The GraphQL-over-HTTP media type: request errors get a 4xx status. */
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    /** The legacy media type: every well-formed request gets 200, errors are in the body only. */
    APPLICATION_JSON("application/json");

    private final String name;

    GraphQLMediaType(String name) {
        this.name = name;
    }

    String mediaType() {
        return name;
    }

    String contentType() {
        return name + "; charset=utf-8";
    }

    /**
     * The response type an Accept header asks for (RFC 9110 section 12.5.1): each type gets the weight of the most
     * specific range that includes it, and the heavier one wins. On a tie, a type the client named outright wins over
     * one it reached by wildcard; between two named ones, application/graphql-response+json. No Accept header (or
     * only wildcards) gets application/json, as the GraphQL-over-HTTP spec recommends for legacy clients. A range
     * with a charset other than UTF-8 does not include our types. Empty when neither type is acceptable (406).
     */
    static Optional<GraphQLMediaType> negotiate(List<MediaType> accept) {
        if (accept.isEmpty()) {
            return Optional.of(APPLICATION_JSON);
        }
        Preference graphql = GRAPHQL_RESPONSE_JSON.preference(accept);
        Preference json = APPLICATION_JSON.preference(accept);
        if (graphql.weight <= 0 && json.weight <= 0) {
            return Optional.empty();
        }
        if (graphql.weight != json.weight) {
            return Optional.of(graphql.weight > json.weight ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON);
        }
        if (graphql.specificity != json.specificity) {
            return Optional.of(graphql.specificity > json.specificity ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON);
        }
        return Optional.of(graphql.specificity == 2 ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON);
    }

    /**
     * Whether a Content-Type header says the body is JSON in UTF-8: {@code application/json}, with no charset or
     * UTF-8, in any case, with any other parameters. A header repeated or joined into a list is accepted when each
     * member says so.
     */
    static boolean isJsonBody(List<MediaType> contentType) {
        return !contentType.isEmpty() && contentType.stream().allMatch(type -> type.is(APPLICATION_JSON.name)
                && (type.charset() == null || type.charset().equals("utf-8")));
    }

    private record Preference(double weight, int specificity) {
    }

    private Preference preference(List<MediaType> accept) {
        MediaType best = null;
        for (MediaType range : accept) {
            if (range.includes(name) && (best == null || range.specificity() > best.specificity())) {
                best = range;
            }
        }
        if (best == null || best.charset() != null && !best.charset().equals("utf-8")) {
            return new Preference(0, -1);
        }
        return new Preference(best.weight(), best.specificity());
    }
}
