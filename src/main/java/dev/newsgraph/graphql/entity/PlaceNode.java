package dev.newsgraph.graphql.entity;

import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.graphql.node.Entity;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Place")
@Description("A place: continent, country, province, city, facility, sea... Places nest (Kharkiv → Kharkiv Oblast → Ukraine).")
public record PlaceNode(
        @org.eclipse.microprofile.graphql.Id @NonNull @Description("Globally unique, opaque ID.") String id,
        @Ignore long key,
        @NonNull @Description("Canonical name.") String name,
        @NonNull @Description("Other names: 'Britain', demonyms such as 'Dutch', capitals standing for governments.")
        List<@NonNull String> aliases,
        @NonNull @Description("What kind of place.") PlaceKind kind,
        @Description("ISO 3166-1 alpha-2 code of the country the place is (in).") String countryCode,
        @Description("Latitude in degrees, when known.") Double latitude,
        @Description("Longitude in degrees, when known.") Double longitude,
        @Ignore Long parentKey) implements Node, Entity {

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
        return other instanceof PlaceNode node && node.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }
}
