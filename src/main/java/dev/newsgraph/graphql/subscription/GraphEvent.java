package dev.newsgraph.graphql.subscription;

/**
 * One committed change, as it travels between instances in a PostgreSQL notification: the kind and the row id
 * only (a notification payload is limited to 8000 bytes), e.g. {@code article:42}, as
 * {@link dev.newsgraph.ingest.GraphNotifications} writes it.
 */
record GraphEvent(Kind kind, long id) {
    enum Kind { ARTICLE, INCIDENT }

    static GraphEvent parse(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a graph event: " + payload);
        }
        return new GraphEvent(Kind.valueOf(payload.substring(0, colon).toUpperCase()), Long.parseLong(payload.substring(colon + 1)));
    }
}
