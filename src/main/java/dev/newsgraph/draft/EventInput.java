package dev.newsgraph.draft;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EventKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An event the article reports: a speech, summit, press conference... Stored once however many articles report"
        + " it (same kind, place, date and title).")
@Name("EventInput")
public record EventInput(
        @Size(max = 100) @Description("A key, unique in this article, that the event of a statement can refer to.") String key,
        @NonNull @NotNull @Description("Kind of event.") EventKind kind,
        @NonNull @NotBlank @Size(max = 500) @Description("A short title, e.g. 'NATO summit in The Hague'.") String title,
        @Description("When it takes or took place, from 1800 to ten years ahead (events are announced in advance); with MONTH"
                + " or YEAR precision, any day of it.")
        LocalDate occurredOn,
        @Description("Precision of occurredOn; DAY when occurredOn is given and this is not.") DatePrecision datePrecision,
        @Size(max = 500) @Description("The date as the text gives it, e.g. 'the alliance's June summit'.") String dateText,
        @Size(max = 300) @Description("Where it takes place: a reference to a place.") String place,
        @Size(max = 300) @Description("The institution that hosts it, e.g. a university: a reference to an organization.")
        String venue,
        @Size(max = 50) @Description("People and organizations taking part: references.")
        List<@NotBlank @Size(max = 300) String> participants) {

    public EventInput {
        participants = participants == null ? List.of() : participants;
    }
}
