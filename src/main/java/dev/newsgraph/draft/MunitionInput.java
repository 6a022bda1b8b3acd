package dev.newsgraph.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A weapon used in an incident, with how many.")
@Name("MunitionInput")
public record MunitionInput(
        @NonNull @NotBlank @Size(max = 100) @Description("The weapon, singular: 'drone', 'ballistic missile'.")
        String weapon,
        @PositiveOrZero @Description("How many.") int quantity,
        @DefaultValue("false") @Description("True when the quantity is a lower bound.") boolean atLeast) {
}
