package dev.newsgraph.graphql.extract;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.EventInput;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An event of an extracted article: a speech, summit, press conference...")
public record EventDraft(
        @Description("Its key in the article, which the event of a statement refers to.") String key,
        @NonNull @Description("Kind of event.") EventKind kind,
        @NonNull @Description("A short title.") String title,
        @Description("When it takes or took place.") LocalDate date,
        @Description("Precision of date.") DatePrecision datePrecision,
        @Description("The date as the text gives it.") String dateText,
        @Description("Where it takes place.") String place,
        @Description("The institution that hosts it.") String venue,
        @NonNull @Description("People and organizations taking part.") List<@NonNull String> participants) {

    static EventDraft of(EventInput event) {
        return new EventDraft(event.key(), event.kind(), event.title(), event.occurredOn(), event.datePrecision(),
                event.dateText(), event.place(), event.venue(), event.participants());
    }
}
