package dev.newsgraph.graphql.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

@Name("Mention")
@Description("An entity mentioned by an article, with the sentence it stands in: the provenance of the link.")
public record MentionView(
        @Description("The sentence of the article that names the entity; null when the entity is only implied.")
        String sentence,
        @Ignore long entityKey) {
}
