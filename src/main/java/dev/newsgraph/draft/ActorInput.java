package dev.newsgraph.draft;

import dev.newsgraph.domain.ActorRole;
import dev.newsgraph.domain.Attribution;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A party to an incident: an entity reference, or a description when it is not named.")
@Name("ActorInput")
public record ActorInput(
        @NonNull @NotNull @Description("Perpetrator, victim, target or party.") ActorRole role,
        @Size(max = 300) @Description("A reference to a person, organization or place.") String entity,
        @Size(max = 500) @Description("Who, when not a named entity: 'armed men', 'bus passengers'.")
        String description,
        @Description("How the part is known; STATED when not given.") Attribution attribution) {
}
