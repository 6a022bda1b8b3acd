package dev.newsgraph.graphql.incident;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.Incident;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeType;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Incident")
@Description("A violent or notable event: strike, attack, clash, abduction... with its place, actors and figures.")
public record IncidentNode(
        @org.eclipse.microprofile.graphql.Id @NonNull @Description("Globally unique, opaque ID.") String id,
        @Ignore long key,
        @NonNull @Description("Incident type (ACLED-like taxonomy).") IncidentType type,
        @NonNull @Description("A short title.") String title,
        @Description("When it happened; the first day of the month or year for coarser precision.") LocalDate occurredOn,
        @NonNull @Description("How precisely occurredOn is known.") DatePrecision datePrecision,
        @Description("The date as the text gives it.") String dateText,
        @Ignore Long placeKey,
        @Ignore Long partOfKey) implements Node {

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("Globally unique, opaque ID.")
    public String getId() {
        return id;
    }

    /** The same node when the same key: batch loaders hash their sources, and hashing every field (texts, lists) was slow. */
    @Override
    public boolean equals(Object other) {
        return other instanceof IncidentNode node && node.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }
}
