package dev.newsgraph.graphql.entity;

import dev.newsgraph.db.Reads;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.node.NodeLoader;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Roles link people to organizations and places, both ways. */
@GraphQLApi
@TranslatesDatabaseFailures
public class RoleApi {
    @Inject
    Reads reads;
    @Inject
    NodeLoader loader;

    @NonNull
    @Description("Titles the person holds or held.")
    public List<@NonNull List<@NonNull RoleView>> roles(@Source List<PersonNode> people) {
        return roles(people, PersonNode::key, "person_id", RoleView::personKey);
    }

    @NonNull
    @Description("People with a role at this organization, with their titles.")
    public List<@NonNull List<@NonNull RoleView>> members(@Source List<OrganizationNode> organizations) {
        return roles(organizations, OrganizationNode::key, "organization_id", RoleView::organizationKey);
    }

    @NonNull
    @Description("The person holding the role.")
    public List<@NonNull PersonNode> person(@Source List<RoleView> roles) {
        return loader.one(roles, RoleView::personKey, loader::people);
    }

    @Description("The organization of the role.")
    public List<OrganizationNode> organization(@Source List<RoleView> roles) {
        return loader.one(roles, RoleView::organizationKey, loader::organizations);
    }

    @Description("The place or country of the role.")
    public List<PlaceNode> place(@Source List<RoleView> roles) {
        return loader.one(roles, RoleView::placeKey, loader::places);
    }

    private <S> List<List<RoleView>> roles(List<S> sources, Function<S, Long> key, String column,
                                          Function<RoleView, Long> owner) {
        Map<Long, List<RoleView>> bySource = new HashMap<>();
        reads.select("select title, current, person_id, organization_id, place_id from person_role where " + column
                                + " = any(?) order by id",
                        row -> new RoleView(row.getString(1), (Boolean) row.getObject(2), row.getLong(3),
                                (Long) row.getObject(4), (Long) row.getObject(5)),
                        sources.stream().map(key).toList())
                .forEach(role -> bySource.computeIfAbsent(owner.apply(role), k -> new ArrayList<>()).add(role));
        return sources.stream().map(source -> bySource.getOrDefault(key.apply(source), List.of())).toList();
    }
}
