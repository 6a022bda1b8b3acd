package dev.newsgraph.graphql.explore;

import dev.newsgraph.graphql.node.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A node matching a search, with its relevance and the passage that matched.")
public record SearchHit(
        @NonNull @Description("The matching article, person, organization, place, statement or incident.") Node node,
        @NonNull @Description("Relevance (PostgreSQL ts_rank); higher is better.") double rank,
        @NonNull @Description("The passage that matched, with the matched words marked.") Snippet snippet) {
}
