package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.domain.Names;
import dev.newsgraph.error.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores articles and everything they say, each in one transaction: an article is stored whole or not at all.
 * Idempotent: an article whose content is already stored only gains the new feed link.
 * <p>
 * Concurrent ingests: the advisory locks of {@link IngestLocks} guard what only the application can tell apart (the
 * article's content and item, the entities behind names and aliases), taken for names not stored yet only; the unique
 * keys guard the rest (feeds, roles, incidents, events and what they have), written in key order.
 */
@ApplicationScoped
public class ArticleIngester {
    @Inject
    EntityResolver resolver;
    @Inject
    IngestLocks locks;
    @Inject
    ArticleChecks checks;
    @Inject
    ArticleWriter articles;
    @Inject
    EventWriter events;
    @Inject
    IncidentWriter incidents;

    /** Every check that can fail the article, run before anything is written (see {@link ArticleChecks}). */
    public void check(ArticleInput input) {
        checks.check(input, resolver.load(ArticleReferences.names(input)));
    }

    /**
     * Checks every article first, so that an invalid one stores nothing, then stores each in its own transaction.
     * {@code label} names the articles in errors ("article[2]: ..."). The stored entities that the names of all the
     * articles may stand for are looked up in one query, for the checks and for the articles' transactions.
     */
    public List<IngestResult> ingestAll(List<ArticleInput> articles, String label) {
        EntityResolver.Known stored = resolver.load(articles.stream().flatMap(article -> ArticleReferences.names(article).stream()).toList());
        for (int i = 0; i < articles.size(); i++) {
            try {
                checks.check(articles.get(i), stored);
            } catch (BadUserInputException e) {
                throw new BadUserInputException(label + "[" + i + "]: " + e.getMessage());
            }
        }
        return articles.stream().map(article -> store(article, stored)).toList();
    }

    @Transactional
    public IngestResult ingest(ArticleInput input) {
        EntityResolver.Known stored = resolver.load(ArticleReferences.names(input));
        checks.check(input, stored);
        return store(input, stored);
    }

    /**
     * Stores a checked article in a transaction of its own (or the caller's). {@code before} are the stored entities its
     * names stood for when it was checked: only the names they did not match are locked and looked up again.
     */
    @Transactional
    IngestResult store(ArticleInput input, EntityResolver.Known before) {
        String contentHash = ContentHash.of(input.headline(), input.paragraphs());
        List<EntityResolver.Description> creatable = unmatched(input, before);
        String feed = input.feed() == null || input.feed().isBlank() ? null : Names.tidy(input.feed());
        String externalId = input.externalId() == null ? null : input.externalId().strip();
        // The stored article is looked up in the locks' round trip, once they are held.
        List<ArticleWriter.StoredArticle> same = locks.begin(lockNames(input, contentHash, creatable), articles.stored(externalId, contentHash));
        Optional<ArticleWriter.StoredArticle> delivered = same.stream().filter(ArticleWriter.StoredArticle::delivered).findFirst();
        if (delivered.isPresent() && !(newer(input, delivered.get()) && !contentHash.equals(delivered.get().contentHash()))) {
            return IngestResult.alreadyStored(delivered.get().id(), feed != null && articles.linkFeed(delivered.get().id(), feed));
        }
        // The content may be stored already, under another item or none: then that article is the one.
        Optional<ArticleWriter.StoredArticle> existing = same.stream().filter(article -> article.contentHash().equals(contentHash)).findFirst();
        if (existing.isPresent()) {
            return IngestResult.alreadyStored(existing.get().id(), feed != null && articles.linkFeed(existing.get().id(), feed));
        }

        // With their locks held, the names the check did not find are looked up again: another ingest may have created them.
        StoringArticle article = new StoringArticle(input, before.with(resolver.load(names(creatable))));
        article.declareEntities();
        resolver.write(article.entities);
        Long replaced = delivered.map(ArticleWriter.StoredArticle::id).orElse(null);
        if (replaced != null) {
            articles.forgetContent(replaced);
        }
        // Events and incidents are found or created first, so that the article's row and every row that refers to it
        // are one statement.
        List<IngestSql.Part> parts = new ArrayList<>(events.storeEvents(article));
        parts.addAll(incidents.storeIncidents(article));
        ArticleWriter.Stored row = articles.storeArticle(input, contentHash, replaced, article, feed, parts);
        if (feed != null && !row.feedLinked()) {
            articles.linkFeed(row.id(), feed); // a new feed
        }
        incidents.storePartOf(article);
        return new IngestResult(replaced != null ? IngestStatus.UPDATED : IngestStatus.CREATED, row.id(),
                article.createdEntityIds, article.matchedEntityIds, article.createdIncidentIds, article.matchedIncidentIds);
    }

    /**
     * Whether a re-delivered item replaces the stored one: a higher version, or, when neither is versioned (RSS, Atom),
     * any change of content.
     */
    private static boolean newer(ArticleInput input, ArticleWriter.StoredArticle stored) {
        if (input.version() != null) {
            return stored.version() == null || input.version() > stored.version();
        }
        return stored.version() == null;
    }

    /** The entities the article declares that matched no stored one when it was checked: those it may create. */
    private static List<EntityResolver.Description> unmatched(ArticleInput input, EntityResolver.Known before) {
        return StoringArticle.declarations(input).stream().filter(entity -> before.match(entity).isEmpty()).toList();
    }

    /** The names, aliases and (of countries) ISO codes that may stand for the entities. */
    private static List<String> names(List<EntityResolver.Description> entities) {
        List<String> names = new ArrayList<>();
        for (EntityResolver.Description entity : entities) {
            names.add(entity.name());
            names.addAll(entity.aliases());
            if ("COUNTRY".equals(entity.kind()) && entity.countryCode() != null) {
                names.add(entity.countryCode());
            }
        }
        return names;
    }

    /**
     * The advisory locks to take: the article's identity, and the names of the entities it may create. A name created
     * since the check is locked needlessly, which is harmless.
     */
    private static List<String> lockNames(ArticleInput input, String contentHash, List<EntityResolver.Description> creatable) {
        List<String> names = new ArrayList<>();
        names.add("article " + contentHash);
        if (input.externalId() != null) {
            names.add("item " + input.externalId().strip());
        }
        for (EntityResolver.Description entity : creatable) {
            names.add(entity.name());
            names.addAll(entity.aliases());
            if ("COUNTRY".equals(entity.kind()) && entity.countryCode() != null) {
                names.add("country " + entity.countryCode());
            }
        }
        return names;
    }
}
