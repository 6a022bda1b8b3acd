package dev.newsgraph.graphql.extract;

import dev.newsgraph.draft.RoleInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A role of a person in an extracted article.")
public record RoleDraft(
        @NonNull @Description("The title, e.g. 'Mayor'.") String title,
        @Description("The organization.") String organization,
        @Description("The place, or an ISO country code.") String place,
        @Description("False for a former role, true for a current one, null when the text does not say.") Boolean current) {

    static RoleDraft of(RoleInput role) {
        return new RoleDraft(role.title(), role.organization(), role.place(), role.current());
    }
}
