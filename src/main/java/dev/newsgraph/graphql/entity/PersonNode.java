package dev.newsgraph.graphql.entity;

import dev.newsgraph.graphql.node.Entity;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Person")
@Description("A person in the news.")
public record PersonNode(
        @org.eclipse.microprofile.graphql.Id @NonNull @Description("Globally unique, opaque ID.") String id,
        @Ignore long key,
        @NonNull @Description("Canonical full name.") String name,
        @NonNull @Description("Other names used for the person: surname, titled forms, descriptions.") List<@NonNull String> aliases)
        implements Node, Entity {

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque ID.")
    public String getId() {
        return id;
    }

    @Override
    @NonNull
    @Description("Canonical name.")
    public String getName() {
        return name;
    }

    @Override
    @NonNull
    @Description("Other names used in the news.")
    public List<@NonNull String> getAliases() {
        return aliases;
    }

    /** The same node when the same key: batch loaders hash their sources, and hashing every field (texts, lists) was slow. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PersonNode node && node.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }
}
