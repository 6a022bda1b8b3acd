package dev.newsgraph.graphql.page;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An edge of a connection; each node type has its own subclass, which names the GraphQL type. */
// Registered for the native executable, like Connection: its getters are inherited by every edge type.
@RegisterForReflection
public abstract class Edge<N> {
    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this edge, for 'after' and 'before'.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The node at the end of this edge.")
    public N getNode() {
        return node;
    }
}
