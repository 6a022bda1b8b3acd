package dev.newsgraph.graphql.extract;

import dev.newsgraph.draft.MunitionInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A weapon used in an extracted incident, with how many.")
public record MunitionDraft(
        @NonNull @Description("The weapon, singular.") String weapon,
        @Description("How many.") int quantity,
        @Description("True when the quantity is a lower bound.") boolean atLeast) {

    static MunitionDraft of(MunitionInput munition) {
        return new MunitionDraft(munition.weapon(), munition.quantity(), munition.atLeast());
    }
}
