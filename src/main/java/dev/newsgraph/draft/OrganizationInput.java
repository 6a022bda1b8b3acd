package dev.newsgraph.draft;

import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.validation.CountryCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An organization named in the article.")
@Name("OrganizationInput")
public record OrganizationInput(
        @NonNull @NotBlank @Size(max = 300) @Description("Canonical name, e.g. 'Baloch Liberation Army'.") String name,
        @Size(max = 50) @Description("Acronyms and other forms: 'BLA'.") List<@NotBlank @Size(max = 300) String> aliases,
        @Description("What kind of organization; OTHER when not given.") OrganizationKind kind,
        @CountryCode @Description("ISO 3166-1 alpha-2 code of its country, if it has one.") String countryCode) {

    public OrganizationInput {
        aliases = aliases == null ? List.of() : aliases;
    }
}
