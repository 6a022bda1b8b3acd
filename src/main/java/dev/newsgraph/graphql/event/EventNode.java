package dev.newsgraph.graphql.event;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.Event;
import dev.newsgraph.domain.EventKind;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeType;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Event")
@Description("An occasion at which things are said and done: a speech, summit, press conference, visit, election, trial..."
        + " with its place, participants, the statements made at it and the articles that report it.")
public record EventNode(
        @org.eclipse.microprofile.graphql.Id @NonNull @Description("Globally unique, opaque ID.") String id,
        @Ignore long key,
        @NonNull @Description("Kind of event.") EventKind kind,
        @NonNull @Description("A short title, e.g. 'NATO summit in The Hague'.") String title,
        @Description("When it takes or took place; the first day of the month or year for coarser precision.") LocalDate occurredOn,
        @NonNull @Description("How precisely occurredOn is known.") DatePrecision datePrecision,
        @Description("The date as the text gives it, e.g. 'June'.") String dateText,
        @Ignore Long placeKey,
        @Ignore Long venueKey) implements Node {

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
        return other instanceof EventNode node && node.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }
}
