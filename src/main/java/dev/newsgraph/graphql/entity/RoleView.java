package dev.newsgraph.graphql.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Role")
@Description("A title a person holds or held, at an organization and/or for a place: 'Secretary General' of NATO, 'Prime Minister' of the Netherlands.")
public record RoleView(
        @NonNull @Description("The title.") String title,
        @Description("True if current, false if former, null if the news does not say.") Boolean current,
        @Ignore long personKey,
        @Ignore Long organizationKey,
        @Ignore Long placeKey) {
}
