package dev.newsgraph.draft;

import dev.newsgraph.domain.Names;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.validation.CountryCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A place named in the article.")
@Name("PlaceInput")
public record PlaceInput(
        @NonNull @NotBlank @Size(max = 300) @Description("Canonical name, e.g. 'Kharkiv'.") String name,
        @Size(max = 50) @Description("Other forms: 'Britain', 'Dutch', 'Washington' (for the US government).")
        List<@NotBlank @Size(max = 300) String> aliases,
        @NonNull @NotNull @Description("What kind of place.") PlaceKind kind,
        @CountryCode @Description("ISO 3166-1 alpha-2 code of the country it is in (or is).") String countryCode,
        @Size(max = 300) @Description("The enclosing place: a reference to a place, or an ISO country code.")
        String parent,
        @DecimalMin("-90") @DecimalMax("90") @Description("Latitude in degrees.") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") @Description("Longitude in degrees.") Double longitude) {

    public PlaceInput {
        aliases = aliases == null ? List.of() : aliases;
    }

    /** Whether a reference in the same article means this place: its name, an alias, or a country's ISO code. */
    public boolean isNamedBy(String reference) {
        String normalized = Names.normalize(reference);
        return Names.normalize(name).equals(normalized)
                || aliases.stream().anyMatch(alias -> Names.normalize(alias).equals(normalized))
                || (kind == PlaceKind.COUNTRY && reference.equals(countryCode));
    }
}
