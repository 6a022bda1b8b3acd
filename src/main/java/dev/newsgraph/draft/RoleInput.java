package dev.newsgraph.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A title a person holds or held, at an organization and/or for a place.")
@Name("RoleInput")
public record RoleInput(
        @NonNull @NotBlank @Size(max = 200) @Description("The title, e.g. 'Secretary General', 'Mayor'.") String title,
        @Size(max = 300) @Description("The organization: a reference to an organization.") String organization,
        @Size(max = 300) @Description("The place or country: a reference to a place, or an ISO 3166 country code.")
        String place,
        @Description("True if current, false if former, null if the text does not say.") Boolean current) {
}
