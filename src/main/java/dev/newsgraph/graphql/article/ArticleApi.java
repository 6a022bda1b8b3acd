package dev.newsgraph.graphql.article;

import dev.newsgraph.db.Reads;
import dev.newsgraph.domain.EntityType;
import dev.newsgraph.domain.Photo;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.entity.OrganizationNode;
import dev.newsgraph.graphql.entity.PersonNode;
import dev.newsgraph.graphql.entity.PlaceNode;
import dev.newsgraph.graphql.feed.FeedNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.node.Entity;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.page.TextFilters;
import dev.newsgraph.graphql.page.SortType;
import dev.newsgraph.graphql.statement.StatementNode;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatesDatabaseFailures
public class ArticleApi {
    @Inject
    Reads reads;
    @Inject
    TextFilters textFilters;
    @Inject
    NodeLoader loader;
    @Inject
    Pagers pagers;

    @Query
    @NonNull
    @Description("Articles, filtered and ordered; a keyset-paginated connection.")
    public ArticleConnection articles(
            @Description("Return the first n articles (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n articles (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before,
            @Description("Full-text search in headline and body (web search syntax: words, \"phrases\", -not, or)." + TextFilters.COMMON_WORDS) String text,
            @Description("Published on or after this day.") LocalDate from,
            @Description("Published on or before this day.") LocalDate to,
            @Id @Description("Only articles mentioning this person, organization or place.") String mentioning,
            @Id @Description("Only articles that arrived in this feed.") String feed,
            @Id @Description("Only articles from this source agency (an Organization ID).") String source,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") ArticleOrder order) {
        return pagers.articles.root(rows(text, from, to, mentioning, feed, source, order), pagers.request(first, after, last, before));
    }

    /** The rows {@link #articles} pages through, filtered: shared with the compiled read path (graphql/compiled). */
    public Rows rows(String text, LocalDate from, LocalDate to, String mentioning, String feed, String source, ArticleOrder order) {
        Rows rows = Rows.of("select 0 as parent, a.id, a.sort_date as sort_value from article a where true", SortType.DATE,
                order == ArticleOrder.NEWEST_FIRST);
        if (text != null) {
            rows = textFilters.matching(rows, "a", "article", "english", text);
        }
        // A dated article's sort_date is its published_on: the same bounds on sort_date let the sort index serve the range.
        if (from != null) {
            rows = rows.and("a.published_on >= :from and a.sort_date >= :from").with("from", from);
        }
        if (to != null) {
            rows = rows.and("a.published_on <= :to and a.sort_date <= :to").with("to", to);
        }
        if (mentioning != null) {
            rows = rows.and("exists (select 1 from mention m where m.article_id = a.id and m.entity_id = :mentioning)")
                    .with("mentioning", GlobalId.decodeEntity(mentioning, "mentioning"));
        }
        if (feed != null) {
            rows = rows.and("exists (select 1 from article_feed f where f.article_id = a.id and f.feed_id = :feed)")
                    .with("feed", GlobalId.decode(feed, NodeType.Feed, "feed"));
        }
        if (source != null) {
            rows = rows.and("a.source_id = :source").with("source", GlobalId.decode(source, NodeType.Organization, "source"));
        }
        return rows;
    }

    @Description("The place the story is filed from.")
    public List<PlaceNode> dateline(@Source List<ArticleNode> articles) {
        return loader.one(articles, ArticleNode::datelineKey, loader::places);
    }

    @Description("The agency the story comes from.")
    public List<OrganizationNode> source(@Source List<ArticleNode> articles) {
        return loader.one(articles, ArticleNode::sourceKey, loader::organizations);
    }

    @NonNull
    @Description("People the article mentions.")
    public List<@NonNull List<@NonNull PersonNode>> people(@Source List<ArticleNode> articles) {
        return mentioned(articles, EntityType.PERSON, loader::people);
    }

    @NonNull
    @Description("Organizations the article mentions.")
    public List<@NonNull List<@NonNull OrganizationNode>> organizations(@Source List<ArticleNode> articles) {
        return mentioned(articles, EntityType.ORGANIZATION, loader::organizations);
    }

    @NonNull
    @Description("Places the article mentions.")
    public List<@NonNull List<@NonNull PlaceNode>> places(@Source List<ArticleNode> articles) {
        return mentioned(articles, EntityType.PLACE, loader::places);
    }

    @NonNull
    @Description("Every mention of an entity in the article, with the sentence it stands in.")
    public List<@NonNull List<@NonNull MentionView>> mentions(@Source List<ArticleNode> articles) {
        Map<Long, List<MentionView>> byArticle = new HashMap<>();
        reads.run(session -> session.createQuery("select m.articleId, m.entityId, m.sentence from Mention m where m.articleId in :keys order by m.id", Object[].class)
                        .setParameter("keys", keys(articles))
                        .getResultList())
                .forEach(row -> byArticle.computeIfAbsent((Long) row[0], key -> new ArrayList<>())
                        .add(new MentionView((String) row[2], (Long) row[1])));
        return articles.stream().map(article -> byArticle.getOrDefault(article.key(), List.of())).toList();
    }

    @NonNull
    @Description("Quotes and reported statements of the article, in text order.")
    public List<@NonNull List<@NonNull StatementNode>> statements(@Source List<ArticleNode> articles) {
        return loader.many(articles, ArticleNode::key, "select article_id, id from statement where article_id = any(?) order by position",
                loader::statements);
    }

    @NonNull
    @Description("Incidents the article reports.")
    public List<@NonNull List<@NonNull IncidentNode>> incidents(@Source List<ArticleNode> articles) {
        return loader.many(articles, ArticleNode::key, "select article_id, incident_id from incident_article where article_id = any(?) order by incident_id",
                loader::incidents);
    }

    @NonNull
    @Description("Feeds the article arrived in.")
    public List<@NonNull List<@NonNull FeedNode>> feeds(@Source List<ArticleNode> articles) {
        return loader.many(articles, ArticleNode::key, "select article_id, feed_id from article_feed where article_id = any(?) order by id",
                loader::feeds);
    }

    @NonNull
    @Description("Photos of the article, in order.")
    public List<@NonNull List<@NonNull PhotoView>> photos(@Source List<ArticleNode> articles) {
        Map<Long, List<PhotoView>> byArticle = new HashMap<>();
        reads.run(session -> session.createQuery("from Photo where articleId in :keys order by position", Photo.class)
                        .setParameter("keys", keys(articles))
                        .getResultList())
                .forEach(photo -> byArticle.computeIfAbsent(photo.articleId, key -> new ArrayList<>()).add(PhotoView.from(photo)));
        return articles.stream().map(article -> byArticle.getOrDefault(article.key(), List.of())).toList();
    }

    @Description("The agency credited for the photo.")
    public List<OrganizationNode> agency(@Source List<PhotoView> photos) {
        return loader.one(photos, PhotoView::agencyKey, loader::organizations);
    }

    @Description("The photographer.")
    public List<PersonNode> photographer(@Source List<PhotoView> photos) {
        return loader.one(photos, PhotoView::photographerKey, loader::people);
    }

    @Description("Where the photo was taken.")
    public List<PlaceNode> place(@Source List<PhotoView> photos) {
        return loader.one(photos, PhotoView::placeKey, loader::places);
    }

    @NonNull
    @Description("The entity mentioned.")
    public List<@NonNull Entity> entity(@Source List<MentionView> mentions) {
        return loader.one(mentions, MentionView::entityKey, loader::entities);
    }

    private List<Long> keys(List<ArticleNode> articles) {
        return articles.stream().map(ArticleNode::key).toList();
    }

    private <N> List<List<N>> mentioned(List<ArticleNode> articles, EntityType type, Function<Collection<Long>, Map<Long, N>> load) {
        return loader.many(articles, ArticleNode::key, "select distinct m.article_id, m.entity_id from mention m join named_entity e on e.id = m.entity_id"
                + " where e.type = '" + type.name() + "' and m.article_id = any(?) order by m.entity_id", load);
    }
}
