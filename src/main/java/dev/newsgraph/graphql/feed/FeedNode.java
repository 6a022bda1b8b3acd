package dev.newsgraph.graphql.feed;

import dev.newsgraph.domain.Feed;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Feed")
@Description("A source of raw copy, such as a scraped file; one article may arrive in several feeds.")
public record FeedNode(
        @org.eclipse.microprofile.graphql.Id @NonNull @Description("Globally unique, opaque ID.") String id,
        @Ignore long key,
        @NonNull @Description("The feed's name, e.g. its file name.") String name) implements Node {

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque ID.")
    public String getId() {
        return id;
    }

    /** The same node when the same key: batch loaders hash their sources, and hashing every field (texts, lists) was slow. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FeedNode node && node.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }
}
