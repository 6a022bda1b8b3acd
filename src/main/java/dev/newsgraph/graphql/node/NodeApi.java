package dev.newsgraph.graphql.node;

import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.TranslatesDatabaseFailures;

@GraphQLApi
@TranslatesDatabaseFailures
public class NodeApi {
    private static final int MAX_IDS = 100;

    @Inject
    NodeLoader loader;

    @Query
    @Description("Fetches any node by its global ID; null when no such node exists. A malformed ID is an error.")
    public Node node(@NonNull @Id @Description("A global ID returned by this API.") String id) {
        return loader.node(GlobalId.decode(id));
    }

    @Query
    @NonNull
    @Description("Fetches several nodes by global ID, in the order given; null for each ID that names no node.")
    // Declared [ID!]! by IdListArguments (SmallRye cannot put @Id on list elements).
    public List<Node> nodes(@NonNull @Description("Up to 100 global IDs.") List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadUserInputException("At most " + MAX_IDS + " IDs per nodes() call, got " + ids.size());
        }
        return loader.nodes(ids.stream().map(GlobalId::decode).toList());
    }
}
