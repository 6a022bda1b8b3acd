package dev.newsgraph.graphql.curation;

import dev.newsgraph.curation.Curator;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.node.Entity;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.security.Access;
import dev.newsgraph.security.Roles;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@TranslatesDatabaseFailures
public class CurationApi {
    @Inject
    Curator curator;
    @Inject
    NodeLoader loader;
    @Inject
    Access access;

    @Mutation
    @NonNull
    @Description("Merges a duplicate person, organization or place into the one to keep: every link of the duplicate"
            + " moves to it, its name becomes an alias, and the duplicate is deleted. Both must be of the same type."
            + " Needs the admin role.")
    public Entity mergeEntities(
            @NonNull @Id @Description("The entity to keep.") String keep,
            @NonNull @Id @Description("The duplicate to merge into it and delete.") String duplicate) {
        access.require(Roles.ADMIN);
        long kept = GlobalId.decodeEntity(keep, "keep");
        // The curator checks that both are of the same type, from the stored rows rather than from the IDs.
        curator.merge(kept, GlobalId.decodeEntity(duplicate, "duplicate"));
        return loader.entities(List.of(kept)).get(kept);
    }

    @Mutation
    @NonNull
    @Id
    @Description("Deletes an article with its photos, mentions, statements and figures, and the incidents only it reported."
            + " People, organizations and places stay. Returns the deleted article's ID. Needs the admin role.")
    public String deleteArticle(@NonNull @Id @Description("The article to delete.") String id) {
        access.require(Roles.ADMIN);
        curator.deleteArticle(GlobalId.decode(id, NodeType.Article, "id"));
        return id;
    }
}
