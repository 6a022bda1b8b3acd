package dev.newsgraph.graphql.extract;

import dev.newsgraph.domain.ActorRole;
import dev.newsgraph.domain.BestEstimate;
import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.PlaceInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An incident of an extracted article.")
public record IncidentDraft(
        @Description("Its key in the article, which partOf of a sub-incident refers to.") String key,
        @NonNull @Description("Incident type.") IncidentType type,
        @NonNull @Description("A short title.") String title,
        @Description("Where it happened.") String place,
        @Description("ISO 3166-1 alpha-2 code of the country where it happened.") String countryCode,
        @Description("When it happened.") LocalDate date,
        @Description("Precision of date.") DatePrecision datePrecision,
        @Description("The date as the text gives it.") String dateText,
        @Description("The key of the larger incident this one is part of.") String partOf,
        @NonNull @Description("Perpetrators, claimed or suspected: entity names or descriptions.") List<@NonNull String> perpetrators,
        @Description("People killed: the best estimate (the latest figure of a source that is not a party to the conflict; see"
                + " Incident.killed).") Integer killed,
        @Description("True when killed is a lower bound ('at least').") Boolean killedAtLeast,
        @Description("People injured: the best estimate, chosen as for killed.") Integer injured,
        @Description("True when injured is a lower bound.") Boolean injuredAtLeast,
        @NonNull @Description("Every figure with its source; different tolls from different sources are all kept.")
        List<@NonNull FigureDraft> figures,
        @NonNull @Description("Weapons used, with quantities.") List<@NonNull MunitionDraft> munitions) {

    static IncidentDraft of(IncidentInput incident, List<PlaceInput> places) {
        Optional<FigureInput> killed = best(incident, FigureKind.KILLED);
        Optional<FigureInput> injured = best(incident, FigureKind.INJURED);
        return new IncidentDraft(incident.key(), incident.type(), incident.title(), incident.place(),
                countryCode(incident.place(), places), incident.occurredOn(), incident.datePrecision(), incident.dateText(),
                incident.partOf(),
                incident.actors().stream().filter(actor -> actor.role() == ActorRole.PERPETRATOR)
                        .map(actor -> actor.entity() != null ? actor.entity() : actor.description()).toList(),
                killed.map(FigureInput::value).orElse(null), killed.map(FigureInput::atLeast).orElse(null),
                injured.map(FigureInput::value).orElse(null), injured.map(FigureInput::atLeast).orElse(null),
                incident.figures().stream().map(FigureDraft::of).toList(),
                incident.munitions().stream().map(MunitionDraft::of).toList());
    }

    private static Optional<FigureInput> best(IncidentInput incident, FigureKind kind) {
        return BestEstimate.of(incident.figures().stream().filter(figure -> figure.kind() == kind).toList(),
                FigureInput::partyClaim, FigureInput::reportedOn, FigureInput::value);
    }

    /** The country of the incident's place as the article declares it; a bare ISO code is its own country. */
    private static String countryCode(String place, List<PlaceInput> places) {
        if (place == null) {
            return null;
        }
        // the declared place decides, also when it has no country (a disputed region): no code then, not an error
        return places.stream().filter(candidate -> candidate.isNamedBy(place)).findFirst().map(PlaceInput::countryCode)
                .orElse(place.matches("[A-Z]{2}") ? place : null);
    }
}
