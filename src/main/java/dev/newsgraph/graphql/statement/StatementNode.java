package dev.newsgraph.graphql.statement;

import dev.newsgraph.domain.Statement;
import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeType;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Statement")
@Description("Something a person, organization or country said: a quote, a partial quote or reported speech.")
public record StatementNode(
        @org.eclipse.microprofile.graphql.Id @NonNull @Description("Globally unique, opaque ID.") String id,
        @Ignore long key,
        @NonNull @Description("Quote, partial quote or reported speech.") StatementKind kind,
        @NonNull @Description("The exact quoted words, or the gist of reported speech.") String text,
        @Description("When it was said, when known.") LocalDate saidOn,
        @Description("How it was said, e.g. 'Telegram', 'statement'.") String channel,
        @Description("Who said it when the text does not name them, as it describes them: 'a security source'.")
        String speakerDescription,
        @Ignore long articleKey,
        @Ignore Long speakerKey,
        @Ignore Long venueKey,
        @Ignore Long eventKey) implements Node {

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
        return other instanceof StatementNode node && node.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }
}
