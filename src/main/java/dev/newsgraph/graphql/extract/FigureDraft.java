package dev.newsgraph.graphql.extract;

import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.draft.FigureInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A count in an extracted incident, as one source gave it.")
public record FigureDraft(
        @NonNull @Description("What is counted.") FigureKind kind,
        @Description("The number.") int value,
        @Description("True for 'at least', 'over', 'more than'.") boolean atLeast,
        @Description("Who reported it.") String reportedBy,
        @Description("When the source gave it, when the text dates it.") java.time.LocalDate reportedOn,
        @Description("True when the source is a party to the conflict claiming it: never the best estimate.") boolean partyClaim) {

    static FigureDraft of(FigureInput figure) {
        return new FigureDraft(figure.kind(), figure.value(), figure.atLeast(), figure.reportedBy(), figure.reportedOn(),
                figure.partyClaim());
    }
}
