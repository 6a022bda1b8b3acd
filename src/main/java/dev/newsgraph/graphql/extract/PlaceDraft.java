package dev.newsgraph.graphql.extract;

import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.PlaceInput;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A place named in an extracted article, as the gazetteer resolved it.")
public record PlaceDraft(
        @NonNull @Description("Canonical name.") String name,
        @NonNull @Description("Other forms the article uses: demonyms, capitals standing for governments.") List<@NonNull String> aliases,
        @NonNull @Description("What kind of place.") PlaceKind kind,
        @Description("ISO 3166-1 alpha-2 code of its country.") String countryCode,
        @Description("The enclosing place, or an ISO country code.") String parent,
        @Description("Latitude in degrees.") Double latitude,
        @Description("Longitude in degrees.") Double longitude) {

    static PlaceDraft of(PlaceInput place) {
        return new PlaceDraft(place.name(), place.aliases(), place.kind(), place.countryCode(), place.parent(),
                place.latitude(), place.longitude());
    }
}
