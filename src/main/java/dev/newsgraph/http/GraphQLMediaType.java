package dev.newsgraph.http;

import io.vertx.ext.web.MIMEHeader;
import java.util.List;
import java.util.Optional;

/** The media types a GraphQL response can be sent as, and which one a request's Accept header asks for. */
enum GraphQLMediaType {
    /** The GraphQL-over-HTTP media type: request errors get a 4xx status. */
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    /** The legacy media type: every well-formed request gets 200, errors are in the body only. */
    APPLICATION_JSON("application/json");

    private final String name;

    GraphQLMediaType(String name) {
        this.name = name;
    }

    String contentType() {
        return name + "; charset=utf-8";
    }

    /**
     * The best acceptable type of the (quality-sorted) Accept header. No Accept header, or {@code *}{@code /*},
     * gets application/json, as the spec recommends for legacy clients; a UTF-8-incompatible charset is not offered.
     */
    static Optional<GraphQLMediaType> negotiate(List<MIMEHeader> accept) {
        if (accept.isEmpty()) {
            return Optional.of(APPLICATION_JSON);
        }
        for (MIMEHeader range : accept) {
            String charset = range.parameter("charset");
            if (range.weight() <= 0 || charset != null && !charset.equalsIgnoreCase("utf-8")) {
                continue;
            }
            String type = range.component() + "/" + range.subComponent();
            if (type.equals(GRAPHQL_RESPONSE_JSON.name)) {
                return Optional.of(GRAPHQL_RESPONSE_JSON);
            }
            if (type.equals(APPLICATION_JSON.name) || type.equals("*/*")) {
                return Optional.of(APPLICATION_JSON);
            }
        }
        return Optional.empty();
    }
}
