package dev.newsgraph.draft;

import dev.newsgraph.domain.FigureKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import dev.newsgraph.validation.PlausibleDate;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A count in an incident, as one source reported it.")
@Name("FigureInput")
public record FigureInput(
        @NonNull @NotNull @Description("What is counted.") FigureKind kind,
        @PositiveOrZero @Description("The number.") int value,
        @DefaultValue("false") @Description("True for 'at least', 'over', 'more than'.") boolean atLeast,
        @Size(max = 300) @Description("Who reported it: a reference to a person, organization or place.")
        String reportedBy,
        @Size(max = 500) @Description("A remark, e.g. 'including a baby'.") String note,
        @PlausibleDate @Description("When the source gave the figure; the article's publication date when not given.")
        LocalDate reportedOn,
        @DefaultValue("false") @Description("True when the source is a party to the conflict claiming the figure (e.g. an army"
                + " claiming enemy losses): kept as its own figure, never the incident's best estimate.")
        boolean partyClaim) {
}
