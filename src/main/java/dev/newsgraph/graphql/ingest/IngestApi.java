package dev.newsgraph.graphql.ingest;

import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.node.Entity;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.formats.InputFormat;
import dev.newsgraph.ingest.ArticleIngester;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.ingest.IngestResult;
import dev.newsgraph.ingest.WireText;
import dev.newsgraph.limits.TextLimits;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatesDatabaseFailures
public class IngestApi {
    static final int MAX_ARTICLES = 50;

    @Inject
    ArticleIngester ingester;
    @Inject
    NodeLoader loader;
    @Inject
    WireText wireText;
    @Inject
    TextLimits textLimits;
    @Inject
    IngestMetrics metrics;

    @Mutation
    @NonNull
    @Description("Stores articles with what they say. Every reference is checked first: an invalid batch stores nothing."
            + " Then each article is stored in its own transaction, whole or not at all. Idempotent: an article already"
            + " stored (same headline and body, or the same externalId) is UNCHANGED, or FEED_ADDED when it arrives in a new"
            + " feed; a newer version of a stored item (same externalId) is UPDATED in place."
            + " People, organizations and places are matched to stored ones by canonical name, alias or ISO code."
            + " Needs the editor or admin role.")
    public List<@NonNull IngestOutcome> ingestArticles(
            @NonNull @NotNull @Size(max = MAX_ARTICLES) @Description("Up to 50 articles.")
            // @Valid on the elements only: on the list itself it made Hibernate Validator describe every List class
            // of the classpath at start (a fifth of the start-up's main thread).
            List<@NonNull @NotNull @Valid ArticleInput> input) {
        for (int i = 0; i < input.size(); i++) {
            ArticleInput article = input.get(i);
            textLimits.check("input[" + i + "]", Stream.concat(Stream.of(article.headline()), article.paragraphs().stream()).toList());
        }
        return ingestAll(input, "input");
    }

    @Mutation
    @NonNull
    @Description("Extracts the articles of raw wire text (one or more articles, as scraped) and stores them like"
            + " ingestArticles does: everything is checked first, then each article is stored in its own transaction,"
            + " idempotent. Text without an article stores nothing and answers an empty list. Needs the editor or admin role.")
    public List<@NonNull IngestOutcome> ingestText(
            @NonNull @Description("Raw copy: plain text (one or more articles, as pasted), or an RSS, Atom, NewsML-G2, ninjs,"
                    + " HTML or NDJSON document.")
            String text,
            @Description("The feed the text arrived in, e.g. a file name.") String feed,
            @Description("The format of the text; detected from its content when not given.") InputFormat format) {
        return ingestAll(wireText.articles(text, feed, format), "article");
    }

    private List<IngestOutcome> ingestAll(List<ArticleInput> articles, String label) {
        return ingester.ingestAll(articles, label).stream().map(result -> {
            metrics.record(result);
            return new IngestOutcome(result.status(), result);
        }).toList();
    }

    @NonNull
    @Description("The stored article.")
    public List<@NonNull ArticleNode> article(@Source List<IngestOutcome> outcomes) {
        return loader.one(outcomes, outcome -> outcome.result().articleId(), loader::articles);
    }

    @NonNull
    @Description("People, organizations and places this ingest created.")
    public List<@NonNull List<@NonNull Entity>> created(@Source List<IngestOutcome> outcomes) {
        return many(outcomes, IngestResult::createdEntityIds, loader::entities);
    }

    @NonNull
    @Description("Stored people, organizations and places this ingest matched instead of creating duplicates.")
    public List<@NonNull List<@NonNull Entity>> matched(@Source List<IngestOutcome> outcomes) {
        return many(outcomes, IngestResult::matchedEntityIds, loader::entities);
    }

    @NonNull
    @Description("Incidents this ingest created.")
    public List<@NonNull List<@NonNull IncidentNode>> createdIncidents(@Source List<IngestOutcome> outcomes) {
        return many(outcomes, IngestResult::createdIncidentIds, loader::incidents);
    }

    @NonNull
    @Description("Stored incidents this article also reports.")
    public List<@NonNull List<@NonNull IncidentNode>> matchedIncidents(@Source List<IngestOutcome> outcomes) {
        return many(outcomes, IngestResult::matchedIncidentIds, loader::incidents);
    }

    private <N> List<List<N>> many(List<IngestOutcome> outcomes, Function<IngestResult, List<Long>> keys,
                                   Function<Collection<Long>, Map<Long, N>> load) {
        Map<Long, N> nodes = load.apply(outcomes.stream().flatMap(outcome -> keys.apply(outcome.result()).stream()).distinct().toList());
        return outcomes.stream().map(outcome -> keys.apply(outcome.result()).stream().map(nodes::get).toList()).toList();
    }
}
