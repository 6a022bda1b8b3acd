package dev.newsgraph.graphql.incident;

import dev.newsgraph.domain.ActorRole;
import dev.newsgraph.domain.Attribution;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IncidentActor")
@Description("A perpetrator, victim, target or party of an incident: a known entity, or a description when unnamed.")
public record ActorView(
        @NonNull @Description("The part played.") ActorRole role,
        @NonNull @Description("How the part is known: stated, claimed, suspected, accused.") Attribution attribution,
        @Description("Who, when not a named entity: 'armed men', 'bus passengers'.") String description,
        @Ignore long incidentKey,
        @Ignore Long entityKey) {
}
