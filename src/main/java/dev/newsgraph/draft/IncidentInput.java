package dev.newsgraph.draft;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.validation.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An incident the article reports.")
@Name("IncidentInput")
public record IncidentInput(
        @Size(max = 100) @Description("A key, unique in this article, that partOf of another incident can refer to.")
        String key,
        @NonNull @NotNull @Description("Incident type.") IncidentType type,
        @NonNull @NotBlank @Size(max = 500) @Description("A short title.") String title,
        @PlausibleDate @Description("When it happened; with MONTH precision, any day of the month.") LocalDate occurredOn,
        @Description("Precision of occurredOn; DAY when occurredOn is given and this is not.")
        DatePrecision datePrecision,
        @Size(max = 500) @Description("The date as the text gives it, e.g. 'on Thursday evening'.") String dateText,
        @Size(max = 300) @Description("Where it happened: a reference to a place.") String place,
        @Size(max = 100) @Description("The key of the larger incident this one is part of.") String partOf,
        @Size(max = 50) @Description("Perpetrators, victims, targets and parties.")
        List<@Valid @NotNull ActorInput> actors,
        @Size(max = 50) @Description("Counts: killed, injured, kidnapped, ... each with its source.")
        List<@Valid @NotNull FigureInput> figures,
        @Size(max = 50) @Description("Weapons used, with quantities.") List<@Valid @NotNull MunitionInput> munitions) {

    public IncidentInput {
        actors = actors == null ? List.of() : actors;
        figures = figures == null ? List.of() : figures;
        munitions = munitions == null ? List.of() : munitions;
    }
}
