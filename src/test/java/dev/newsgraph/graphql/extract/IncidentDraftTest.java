package dev.newsgraph.graphql.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.PlaceInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The incident draft's country comes from the place the article declares for it. */
class IncidentDraftTest {
    private static IncidentInput attackIn(String place) {
        return new IncidentInput("i1", IncidentType.ATTACK, "Militants attack army post", null, null, null, place, null,
                null, null, null);
    }

    @Test
    void aDeclaredPlaceWithoutACountryGivesNoCodeInsteadOfFailing() {
        // "Kashmir" as a disputed region: the article's place has no country code (the extract of such copy had failed)
        List<PlaceInput> places = List.of(new PlaceInput("Kashmir", null, PlaceKind.REGION, null, null, null, null));
        assertNull(IncidentDraft.of(attackIn("Kashmir"), places).countryCode());
    }

    @Test
    void aDeclaredPlaceGivesItsCountryAndABareCodeIsItsOwn() {
        List<PlaceInput> places = List.of(new PlaceInput("Kupwara", null, PlaceKind.DISTRICT, "IN", null, null, null));
        assertEquals("IN", IncidentDraft.of(attackIn("Kupwara"), places).countryCode());
        assertEquals("PK", IncidentDraft.of(attackIn("PK"), List.of()).countryCode());
    }
}
