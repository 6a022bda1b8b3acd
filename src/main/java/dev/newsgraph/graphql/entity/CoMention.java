package dev.newsgraph.graphql.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A person mentioned alongside another, with how many articles mention both.")
public record CoMention(
        @NonNull @Description("The other person.") PersonNode person,
        @NonNull @Description("Number of articles that mention both.") int articles) {
}
