package dev.newsgraph.graphql.extract;

import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.draft.OrganizationInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An organization named in an extracted article.")
public record OrganizationDraft(
        @NonNull @Description("Canonical name.") String name,
        @NonNull @Description("Acronyms and other forms.") List<@NonNull String> aliases,
        @Description("What kind of organization.") OrganizationKind kind,
        @Description("ISO 3166-1 alpha-2 code of its country.") String countryCode) {

    static OrganizationDraft of(OrganizationInput organization) {
        return new OrganizationDraft(organization.name(), organization.aliases(), organization.kind(), organization.countryCode());
    }
}
