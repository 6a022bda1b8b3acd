package dev.newsgraph.graphql.article;

import dev.newsgraph.domain.Article;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Article")
@Description("A news article, stored once however many feeds it arrived in.")
public record ArticleNode(
        @org.eclipse.microprofile.graphql.Id @NonNull @Description("Globally unique, opaque ID.") String id,
        @Ignore long key,
        @NonNull @Description("The headline.") String headline,
        @NonNull @Description("Body paragraphs, in order.") List<@NonNull String> paragraphs,
        @Description("Publication date; null when the text does not pin it down (see notBefore).") LocalDate publishedOn,
        @NonNull @Description("How publishedOn was determined.") DateBasis dateBasis,
        @Description("The text evidence for the date.") String dateEvidence,
        @Description("Earliest possible publication date, when publishedOn is unknown.") LocalDate notBefore,
        @NonNull @Description("When the article was stored.") OffsetDateTime ingestedAt,
        @Ignore Long datelineKey,
        @Ignore Long sourceKey,
        @NonNull @Description("Whether the headline is stated by the source or taken from the first sentence.") HeadlineBasis headlineBasis,
        @Description("Who wrote the article, as its byline gives it.") String author,
        @Description("The publisher's identifier of the item (GUID, NewsML guid, URL): delivered again, it is this article.")
        String externalId,
        @Description("The publisher's version of the item stored here; a newer version replaces the content.") Integer version,
        @Description("Where the article is published.") String url) implements Node {

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
        return other instanceof ArticleNode node && node.key == key;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key);
    }
}
