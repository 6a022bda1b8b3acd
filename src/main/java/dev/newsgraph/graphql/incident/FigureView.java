package dev.newsgraph.graphql.incident;

import dev.newsgraph.domain.FigureKind;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IncidentFigure")
@Description("A count in an incident as one source reported it; differing tolls are all kept.")
public record FigureView(
        @NonNull @Description("What is counted.") FigureKind kind,
        @NonNull @Description("The number.") int value,
        @NonNull @Description("True when the number is a lower bound ('at least', 'over').") boolean atLeast,
        @Description("A remark, e.g. 'including a baby'.") String note,
        @Description("When the source gave it (the reporting article's date unless the text dates it).") LocalDate reportedOn,
        @NonNull @Description("True when the source is a party to the conflict claiming the figure, e.g. an army on the"
                + " other side's losses: kept, but never the incident's best estimate.") boolean partyClaim,
        @Ignore long incidentKey,
        @Ignore Long reportedByKey) {
}
