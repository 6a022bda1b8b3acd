package dev.newsgraph.graphql.explore;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A range of a text, in UTF-16 code units (JavaScript string indexes).")
public record TextRange(
        @NonNull @Description("Index of the first character.") int start,
        @NonNull @Description("Number of characters.") int length) {
}
