package dev.newsgraph.ingest;

import dev.newsgraph.domain.Article;
import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EntityType;
import dev.newsgraph.domain.Event;
import dev.newsgraph.domain.Feed;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.domain.Incident;
import dev.newsgraph.domain.IncidentActor;
import dev.newsgraph.domain.IncidentFigure;
import dev.newsgraph.domain.IncidentMunition;
import dev.newsgraph.domain.NamedEntity;
import dev.newsgraph.domain.Names;
import dev.newsgraph.domain.PersonRole;
import dev.newsgraph.domain.Photo;
import dev.newsgraph.domain.Attribution;
import dev.newsgraph.error.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores one article and everything it says, in one transaction: the article is stored whole or not at all.
 * Idempotent: an article whose content is already stored only gains the new feed link.
 */
@ApplicationScoped
public class ArticleIngester {
    @Inject
    EntityManager em;
    @Inject
    EntityResolver resolver;
    @Inject
    IngestLocks locks;
    @Inject
    jakarta.enterprise.event.Event<ArticleStored> stored;
    @Inject
    Validator validator;

    /**
     * Every check that can fail an article, run before anything is written, so that a batch can be refused whole:
     * the input's constraints (also for input that did not come through GraphQL), references that match neither a
     * declared nor a stored entity, dates, incident keys, actors, place parents.
     */
    public void check(ArticleInput input) {
        check(input, resolver.load(ArticleReferences.names(input)));
    }

    /** {@link #check(ArticleInput)} with the stored entities its names may stand for already loaded. */
    private void check(ArticleInput input, EntityResolver.Known stored) {
        validator.validate(input).stream().findFirst().ifPresent(violation -> {
            throw new BadUserInputException(violation.getPropertyPath() + ": " + violation.getMessage());
        });
        ArticleReferences.forEachReference(input, (field, reference) -> ArticleReferences.check(input, reference, field, stored));
        if (input.publishedOn() != null && input.notBefore() != null && input.publishedOn().isBefore(input.notBefore())) {
            throw new BadUserInputException("publishedOn " + input.publishedOn() + " is before notBefore " + input.notBefore());
        }
        parentsFirst(input.places());
        Set<String> keys = new LinkedHashSet<>();
        for (IncidentInput incident : input.incidents()) {
            if (incident.key() != null && !keys.add(incident.key())) {
                throw new BadUserInputException("Incident key '" + incident.key() + "' is used twice in one article");
            }
        }
        for (int i = 0; i < input.incidents().size(); i++) {
            IncidentInput incident = input.incidents().get(i);
            if (incident.partOf() != null && !keys.contains(incident.partOf())) {
                throw new BadUserInputException("partOf '" + incident.partOf() + "' names no incident key of the same article");
            }
            if (incident.partOf() != null && incident.partOf().equals(incident.key())) {
                throw new BadUserInputException("Incident '" + incident.title() + "' cannot be part of itself");
            }
            for (ActorInput actor : incident.actors()) {
                if (actor.entity() == null && (actor.description() == null || actor.description().isBlank())) {
                    throw new BadUserInputException("incidents[" + i + "].actors: an actor needs an entity or a description");
                }
            }
        }
        checkEvents(input);
    }

    private static void checkEvents(ArticleInput input) {
        Set<String> keys = new LinkedHashSet<>();
        LocalDate earliest = LocalDate.of(1800, 1, 1);
        LocalDate latest = LocalDate.now().plusYears(10);
        for (int i = 0; i < input.events().size(); i++) {
            EventInput event = input.events().get(i);
            if (event.key() != null && !keys.add(event.key())) {
                throw new BadUserInputException("Event key '" + event.key() + "' is used twice in one article");
            }
            if (event.occurredOn() != null && (event.occurredOn().isBefore(earliest) || event.occurredOn().isAfter(latest))) {
                throw new BadUserInputException("events[" + i + "].occurredOn must be a date from 1800-01-01 to ten years from today");
            }
        }
        for (int i = 0; i < input.statements().size(); i++) {
            String event = input.statements().get(i).event();
            if (event != null && !keys.contains(event)) {
                throw new BadUserInputException("statements[" + i + "].event '" + event + "' names no event key of the same article");
            }
        }
    }

    /**
     * Checks every article first, so that an invalid one stores nothing, then stores each in its own transaction.
     * {@code label} names the articles in errors ("article[2]: ..."). The stored entities that the names of all the
     * articles may stand for are looked up in one query for the checks.
     */
    public List<IngestResult> ingestAll(List<ArticleInput> articles, String label) {
        EntityResolver.Known stored = resolver.load(articles.stream().flatMap(article -> ArticleReferences.names(article).stream()).toList());
        for (int i = 0; i < articles.size(); i++) {
            try {
                check(articles.get(i), stored);
            } catch (BadUserInputException e) {
                throw new BadUserInputException(label + "[" + i + "]: " + e.getMessage());
            }
        }
        return articles.stream().map(article -> store(article, stored)).toList();
    }

    /** The places in an order where each parent declared in the article comes before its children. */
    private static List<PlaceInput> parentsFirst(List<PlaceInput> places) {
        for (PlaceInput place : places) {
            // A city may share its province's name ("Herat"); only a parent that names nothing else is itself.
            if (place.parent() != null && place.isNamedBy(place.parent())
                    && places.stream().noneMatch(other -> other != place && other.isNamedBy(place.parent()))) {
                throw new BadUserInputException("The parents of places [" + place.name() + "] form a cycle: it is its own parent");
            }
        }
        List<PlaceInput> pending = new ArrayList<>(places);
        List<PlaceInput> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            PlaceInput next = pending.stream()
                    .filter(place -> place.parent() == null || pending.stream().noneMatch(other -> other != place && other.isNamedBy(place.parent())))
                    .findFirst()
                    .orElseThrow(() -> new BadUserInputException("The parents of places "
                            + pending.stream().map(PlaceInput::name).toList() + " form a cycle"));
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    @Transactional
    public IngestResult ingest(ArticleInput input) {
        EntityResolver.Known stored = resolver.load(ArticleReferences.names(input));
        check(input, stored);
        return store(input, stored);
    }

    /**
     * Stores a checked article in a transaction of its own (or the caller's). {@code before} are the stored entities its
     * names stood for when it was checked: they decide which names need advisory locks.
     */
    @Transactional
    IngestResult store(ArticleInput input, EntityResolver.Known before) {
        String contentHash = ContentHash.of(input.headline(), input.paragraphs());
        List<String> names = ArticleReferences.names(input);
        // Entities already stored are only matched (and row-locked if the article adds to them): only the names that
        // may be created need the advisory locks, so ingests that share well-known entities do not queue behind each other.
        // A name created since the check is locked needlessly, which is harmless; what the locks guard is read again below.
        locks.lock(lockNames(input, contentHash, before::match));

        Feed feed = input.feed() == null ? null : feed(Names.tidy(input.feed()));
        Article delivered = input.externalId() == null ? null : Article.find("externalId", input.externalId().strip()).firstResult();
        if (delivered != null && !(newer(input, delivered) && !contentHash.equals(delivered.contentHash))) {
            return IngestResult.alreadyStored(delivered.id, feed != null && linkFeed(delivered.id, feed.id));
        }
        // The content may be stored already, under another item or none: then that article is the one.
        Article existing = Article.find("contentHash", contentHash).firstResult();
        if (existing != null) {
            return IngestResult.alreadyStored(existing.id, feed != null && linkFeed(existing.id, feed.id));
        }

        Ingest ingest = new Ingest(input, resolver.load(names));
        ingest.declareEntities();
        if (delivered != null) {
            forgetContent(delivered.id);
        }
        Article article = ingest.storeArticle(contentHash, delivered);
        if (feed != null) {
            linkFeed(article.id, feed.id);
        }
        ingest.storePhotos(article);
        ingest.storeMentions(article);
        ingest.storeRoles(article);
        ingest.storeEvents(article);
        ingest.storeStatements(article);
        ingest.storeIncidents(article);
        stored.fire(new ArticleStored(article.id, ingest.createdIncidentIds));
        return new IngestResult(delivered != null ? IngestStatus.UPDATED : IngestStatus.CREATED, article.id, ingest.createdEntityIds, ingest.matchedEntityIds,
                ingest.createdIncidentIds, ingest.matchedIncidentIds);
    }

    /**
     * Whether a re-delivered item replaces the stored one: a higher version, or, when neither is versioned (RSS, Atom),
     * any change of content.
     */
    private static boolean newer(ArticleInput input, Article stored) {
        if (input.version() != null) {
            return stored.version == null || input.version() > stored.version;
        }
        return stored.version == null;
    }

    /** What an article said, before its newer version is stored in its place; incidents only it reported go too. */
    private void forgetContent(long articleId) {
        for (String table : List.of("photo", "mention", "statement", "incident_figure", "incident_article")) {
            em.createNativeQuery("delete from " + table + " where article_id = :id").setParameter("id", articleId).executeUpdate();
        }
        em.createNativeQuery("delete from incident i where not exists (select 1 from incident_article l where l.incident_id = i.id)")
                .executeUpdate();
    }

    /**
     * The advisory locks to take: the article's identity, its feed, incidents and events, the names of the entities it
     * may create, and the roles of stored people it gives roles (a role is stored once per person).
     */
    private static List<String> lockNames(ArticleInput input, String contentHash,
                                          Function<EntityResolver.Description, Optional<NamedEntity>> stored) {
        List<String> names = new ArrayList<>();
        names.add("article " + contentHash);
        if (input.externalId() != null) {
            names.add("item " + input.externalId().strip());
        }
        if (input.feed() != null) {
            names.add("feed " + input.feed());
        }
        List<EntityResolver.Description> declarations = declarations(input);
        for (int i = 0; i < declarations.size(); i++) {
            EntityResolver.Description entity = declarations.get(i);
            Optional<NamedEntity> match = stored.apply(entity);
            if (match.isPresent() && i < input.people().size() && !input.people().get(i).roles().isEmpty()) {
                names.add("roles of " + match.get().id);
            }
            if (match.isEmpty()) {
                names.add(entity.name());
                names.addAll(entity.aliases());
                if ("COUNTRY".equals(entity.kind()) && entity.countryCode() != null) {
                    names.add("country " + entity.countryCode());
                }
            }
        }
        input.incidents().forEach(incident -> names.add("incident " + incident.title()));
        input.events().forEach(event -> names.add("event " + Names.normalize(event.title())));
        return names;
    }

    /**
     * What the article declares about each person, organization and place; places with their parent unresolved (null),
     * since a parent may be a place the article creates.
     */
    private static List<EntityResolver.Description> declarations(ArticleInput input) {
        List<EntityResolver.Description> declarations = new ArrayList<>();
        for (PersonInput person : input.people()) {
            declarations.add(new EntityResolver.Description(EntityType.PERSON, person.name(), person.aliases(), null, null,
                    null, null, null));
        }
        for (OrganizationInput organization : input.organizations()) {
            String kind = organization.kind() == null ? "OTHER" : organization.kind().name();
            declarations.add(new EntityResolver.Description(EntityType.ORGANIZATION, organization.name(), organization.aliases(),
                    kind, organization.countryCode(), null, null, null));
        }
        for (PlaceInput place : input.places()) {
            declarations.add(place(place, null));
        }
        return declarations;
    }

    private static EntityResolver.Description place(PlaceInput place, Long parentId) {
        return new EntityResolver.Description(EntityType.PLACE, place.name(), place.aliases(), place.kind().name(),
                place.countryCode(), parentId, place.latitude(), place.longitude());
    }

    private Feed feed(String name) {
        Feed feed = Feed.find("name", name).firstResult();
        if (feed == null) {
            feed = new Feed();
            feed.name = name;
            feed.persist();
        }
        return feed;
    }

    /** Links the article to the feed; false when it already was. */
    private boolean linkFeed(long articleId, long feedId) {
        return em.createNativeQuery("insert into article_feed (article_id, feed_id) values (:article, :feed) on conflict do nothing")
                .setParameter("article", articleId).setParameter("feed", feedId).executeUpdate() > 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The work of one article's ingest, with what it has resolved so far. */
    private final class Ingest {
        final ArticleInput input;
        /** The stored entities the article's names may stand for, loaded once its locks are held. */
        final EntityResolver.Known stored;
        final ArticleReferences references;
        /** Declared entities with the surface forms the article uses for them, for mentions. */
        final Map<Long, List<String>> surfaceForms = new LinkedHashMap<>();
        final List<Long> createdEntityIds = new ArrayList<>();
        final List<Long> matchedEntityIds = new ArrayList<>();
        final List<Long> createdIncidentIds = new ArrayList<>();
        final List<Long> matchedIncidentIds = new ArrayList<>();
        final Map<String, Long> eventIdsByKey = new HashMap<>();

        Ingest(ArticleInput input, EntityResolver.Known stored) {
            this.input = input;
            this.stored = stored;
            this.references = new ArticleReferences(stored);
        }

        /**
         * People and organizations, then places. First the rows of the stored entities the article will add to are
         * locked, all at once in id order; a place whose parent is declared counts as one it may add to.
         */
        void declareEntities() {
            List<EntityResolver.Description> declarations = declarations(input);
            List<NamedEntity> toUpdate = new ArrayList<>();
            for (int i = 0; i < declarations.size(); i++) {
                EntityResolver.Description declaration = declarations.get(i);
                boolean hasParent = i >= input.people().size() + input.organizations().size()
                        && input.places().get(i - input.people().size() - input.organizations().size()).parent() != null;
                stored.match(declaration).filter(entity -> EntityResolver.adds(entity, declaration) || hasParent && entity.parentId == null)
                        .ifPresent(toUpdate::add);
            }
            stored.lockForUpdate(toUpdate);
            declarations.subList(0, input.people().size() + input.organizations().size()).forEach(this::declare);
            declarePlaces();
        }

        /** Places are declared parents first, so that a parent reference finds its place declared. */
        private void declarePlaces() {
            for (PlaceInput place : parentsFirst(input.places())) {
                declare(place(place, references.resolve(place.parent(), "places.parent of " + place.name())));
            }
        }

        private void declare(EntityResolver.Description description) {
            EntityResolver.Resolution resolution = stored.resolve(description);
            NamedEntity entity = resolution.entity();
            (resolution.created() ? createdEntityIds : matchedEntityIds).add(entity.id);
            references.declare(entity, description.name(), description.aliases());
            List<String> forms = surfaceForms.computeIfAbsent(entity.id, id -> new ArrayList<>());
            forms.add(description.name());
            forms.addAll(description.aliases());
        }

        /** A new article, or the given stored one with this content (a newer version of its item). */
        Article storeArticle(String contentHash, Article stored) {
            Article article = stored != null ? stored : new Article();
            article.headline = Names.tidy(input.headline());
            article.paragraphs = input.paragraphs().stream().map(String::strip).toList();
            article.publishedOn = input.publishedOn();
            article.dateBasis = input.dateBasis() != null ? input.dateBasis()
                    : input.publishedOn() != null ? DateBasis.STATED : DateBasis.UNKNOWN;
            article.dateEvidence = input.dateEvidence();
            article.notBefore = input.notBefore();
            article.datelineId = references.resolve(input.dateline(), "dateline");
            article.sourceId = references.resolve(input.source(), "source");
            article.contentHash = contentHash;
            article.ingestedAt = OffsetDateTime.now();
            article.headlineBasis = input.headlineBasis() != null ? input.headlineBasis() : HeadlineBasis.STATED;
            article.author = blankToNull(input.author());
            article.externalId = blankToNull(input.externalId());
            article.version = input.version();
            article.url = blankToNull(input.url());
            if (stored == null) {
                article.persist();
            } else {
                em.flush();
            }
            return article;
        }

        void storePhotos(Article article) {
            for (int i = 0; i < input.photos().size(); i++) {
                PhotoInput in = input.photos().get(i);
                Photo photo = new Photo();
                photo.articleId = article.id;
                photo.position = i;
                photo.caption = in.caption().strip();
                photo.credit = in.credit();
                photo.agencyId = references.resolve(in.agency(), "photos[" + i + "].agency");
                photo.photographerId = references.resolve(in.photographer(), "photos[" + i + "].photographer");
                photo.takenOn = in.takenOn();
                photo.placeId = references.resolve(in.place(), "photos[" + i + "].place");
                photo.filePhoto = in.filePhoto();
                photo.persist();
            }
        }

        /** Every declared entity's mentions, one per sentence that names it (or one without a sentence), in one statement. */
        void storeMentions(Article article) {
            List<String> sentences = Sentences.split(input.headline(), input.paragraphs());
            List<Long> entityIds = new ArrayList<>();
            List<String> mentionSentences = new ArrayList<>();
            surfaceForms.forEach((entityId, forms) -> {
                List<String> found = Sentences.containing(sentences, forms);
                for (String sentence : found.isEmpty() ? Collections.<String>singletonList(null)
                        : new LinkedHashSet<>(found)) {
                    entityIds.add(entityId);
                    mentionSentences.add(sentence);
                }
            });
            if (!entityIds.isEmpty()) {
                em.createNativeQuery("""
                                insert into mention (article_id, entity_id, sentence)
                                select :article, m.entity, m.sentence
                                from unnest(cast(:entities as bigint[]), cast(:sentences as text[])) with ordinality as m(entity, sentence, n)
                                order by m.n""")
                        .setParameter("article", article.id).setParameter("entities", SqlArrays.plain(entityIds))
                        .setParameter("sentences", SqlArrays.text(mentionSentences)).executeUpdate();
            }
        }

        void storeRoles(Article article) {
            for (int i = 0; i < input.people().size(); i++) {
                PersonInput person = input.people().get(i);
                Long personId = references.resolve(person.name(), "people[" + i + "]");
                for (int j = 0; j < person.roles().size(); j++) {
                    RoleInput in = person.roles().get(j);
                    String field = "people[" + i + "].roles[" + j + "]";
                    Long organizationId = references.resolve(in.organization(), field + ".organization");
                    Long placeId = references.resolve(in.place(), field + ".place");
                    String title = Names.tidy(in.title());
                    boolean known = PersonRole.find("personId = ?1 and title = ?2", personId, title).list().stream()
                            .map(PersonRole.class::cast)
                            .anyMatch(role -> Objects.equals(role.organizationId, organizationId)
                                    && Objects.equals(role.placeId, placeId));
                    if (!known) {
                        PersonRole role = new PersonRole();
                        role.personId = personId;
                        role.title = title;
                        role.organizationId = organizationId;
                        role.placeId = placeId;
                        role.current = in.current();
                        role.articleId = article.id;
                        role.persist();
                    }
                }
            }
        }

        /** The statements and what each is about, in one statement. */
        void storeStatements(Article article) {
            List<StatementInput> statements = input.statements();
            if (statements.isEmpty()) {
                return;
            }
            List<Object> kinds = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<Long> speakers = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            List<Long> venues = new ArrayList<>();
            List<String> channels = new ArrayList<>();
            List<Long> events = new ArrayList<>();
            List<String> descriptions = new ArrayList<>();
            List<Integer> aboutPositions = new ArrayList<>();
            List<Long> aboutEntities = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                StatementInput in = statements.get(i);
                String field = "statements[" + i + "]";
                kinds.add(in.kind());
                texts.add(in.text().strip());
                speakers.add(references.resolve(in.speaker(), field + ".speaker"));
                dates.add(in.saidOn());
                venues.add(references.resolve(in.venue(), field + ".venue"));
                channels.add(in.channel());
                events.add(in.event() == null ? null : eventIdsByKey.get(in.event()));
                descriptions.add(in.speakerDescription() == null || in.speakerDescription().isBlank() ? null
                        : Names.tidy(in.speakerDescription()));
                Set<Long> about = new LinkedHashSet<>();
                for (String reference : in.about()) {
                    about.add(references.resolve(reference, field + ".about"));
                }
                for (Long entityId : about) {
                    aboutPositions.add(i);
                    aboutEntities.add(entityId);
                }
            }
            em.createNativeQuery("""
                            with stored as (
                                insert into statement (article_id, position, kind, text, speaker_id, said_on, venue_id, channel,
                                                       event_id, speaker_description)
                                select :article, s.n - 1, s.kind, s.text, s.speaker, s.said_on, s.venue, s.channel, s.event, s.description
                                from unnest(cast(:kinds as text[]), cast(:texts as text[]), cast(:speakers as bigint[]),
                                            cast(:dates as date[]), cast(:venues as bigint[]), cast(:channels as text[]),
                                            cast(:events as bigint[]), cast(:descriptions as text[]))
                                     with ordinality as s(kind, text, speaker, said_on, venue, channel, event, description, n)
                                order by s.n
                                returning id, position)
                            insert into statement_about (statement_id, entity_id)
                            select stored.id, a.entity
                            from unnest(cast(:aboutPositions as int[]), cast(:aboutEntities as bigint[])) with ordinality as a(position, entity, n)
                            join stored on stored.position = a.position
                            order by a.n""")
                    .setParameter("article", article.id).setParameter("kinds", SqlArrays.plain(kinds))
                    .setParameter("texts", SqlArrays.text(texts)).setParameter("speakers", SqlArrays.plain(speakers))
                    .setParameter("dates", SqlArrays.plain(dates)).setParameter("venues", SqlArrays.plain(venues))
                    .setParameter("channels", SqlArrays.text(channels)).setParameter("events", SqlArrays.plain(events))
                    .setParameter("descriptions", SqlArrays.text(descriptions))
                    .setParameter("aboutPositions", SqlArrays.plain(aboutPositions)).setParameter("aboutEntities", SqlArrays.plain(aboutEntities))
                    .executeUpdate();
        }

        void storeIncidents(Article article) {
            Map<String, Incident> byKey = new HashMap<>();
            List<Incident> incidents = new ArrayList<>();
            for (int i = 0; i < input.incidents().size(); i++) {
                IncidentInput in = input.incidents().get(i);
                int createdBefore = createdIncidentIds.size();
                Incident incident = incident(in, "incidents[" + i + "]");
                incidents.add(incident);
                if (in.key() != null) {
                    byKey.put(in.key(), incident);
                }
                // Two incidents of the article may be one stored incident: it is linked once.
                em.createNativeQuery("insert into incident_article (incident_id, article_id) values (:incident, :article) on conflict do nothing")
                        .setParameter("incident", incident.id).setParameter("article", article.id).executeUpdate();
                // An incident created by this very input has no actors, figures or munitions to compare with yet.
                boolean created = createdIncidentIds.size() > createdBefore;
                storeActors(incident, created, in, "incidents[" + i + "]");
                storeFigures(incident, created, in, article, "incidents[" + i + "]");
                storeMunitions(incident, created, in);
            }
            for (int i = 0; i < incidents.size(); i++) {
                String partOf = input.incidents().get(i).partOf();
                Incident incident = incidents.get(i);
                if (partOf != null && incident.partOfId == null) {
                    incident.partOfId = byKey.get(partOf).id;
                }
            }
        }

        private Incident incident(IncidentInput in, String field) {
            DatePrecision precision = in.occurredOn() == null ? DatePrecision.UNKNOWN
                    : in.datePrecision() == null || in.datePrecision() == DatePrecision.UNKNOWN ? DatePrecision.DAY : in.datePrecision();
            LocalDate occurredOn = truncate(in.occurredOn(), precision);
            Long placeId = references.resolve(in.place(), field + ".place");
            String normalizedTitle = Names.normalize(in.title());
            @SuppressWarnings("unchecked")
            List<Incident> same = em.createNativeQuery("""
                            select * from incident where type = :type and place_id is not distinct from :place
                            and occurred_on is not distinct from :date and date_precision = :precision
                            and normalized_title = :title""", Incident.class)
                    .setParameter("type", in.type().name()).setParameter("place", placeId)
                    .setParameter("date", occurredOn).setParameter("precision", precision.name())
                    .setParameter("title", normalizedTitle).getResultList();
            if (!same.isEmpty()) {
                matchedIncidentIds.add(same.get(0).id);
                return same.get(0);
            }
            Incident incident = new Incident();
            incident.type = in.type();
            incident.title = Names.tidy(in.title());
            incident.normalizedTitle = normalizedTitle;
            incident.occurredOn = occurredOn;
            incident.datePrecision = precision;
            incident.dateText = in.dateText();
            incident.placeId = placeId;
            incident.persist();
            createdIncidentIds.add(incident.id);
            return incident;
        }

        /** Events, each matched to a stored one of the same kind, place, date and title, or created. */
        void storeEvents(Article article) {
            for (int i = 0; i < input.events().size(); i++) {
                EventInput in = input.events().get(i);
                String field = "events[" + i + "]";
                DatePrecision precision = in.occurredOn() == null ? DatePrecision.UNKNOWN
                        : in.datePrecision() == null || in.datePrecision() == DatePrecision.UNKNOWN ? DatePrecision.DAY : in.datePrecision();
                LocalDate occurredOn = truncate(in.occurredOn(), precision);
                Long placeId = references.resolve(in.place(), field + ".place");
                String normalizedTitle = Names.normalize(in.title());
                @SuppressWarnings("unchecked")
                List<Event> same = em.createNativeQuery("""
                                select * from event where kind = :kind and place_id is not distinct from :place
                                and occurred_on is not distinct from :date and date_precision = :precision
                                and normalized_title = :title""", Event.class)
                        .setParameter("kind", in.kind().name()).setParameter("place", placeId)
                        .setParameter("date", occurredOn).setParameter("precision", precision.name())
                        .setParameter("title", normalizedTitle).getResultList();
                Event event = same.isEmpty() ? null : same.get(0);
                if (event == null) {
                    event = new Event();
                    event.kind = in.kind();
                    event.title = Names.tidy(in.title());
                    event.normalizedTitle = normalizedTitle;
                    event.occurredOn = occurredOn;
                    event.datePrecision = precision;
                    event.dateText = in.dateText();
                    event.placeId = placeId;
                    event.venueId = references.resolve(in.venue(), field + ".venue");
                    event.persist();
                }
                if (in.key() != null) {
                    eventIdsByKey.put(in.key(), event.id);
                }
                // Two events of the article may be one stored event: the link and the participants are each stored once.
                em.createNativeQuery("insert into event_article (event_id, article_id) values (:event, :article) on conflict do nothing")
                        .setParameter("event", event.id).setParameter("article", article.id).executeUpdate();
                Set<Long> participants = new LinkedHashSet<>();
                for (String reference : in.participants()) {
                    participants.add(references.resolve(reference, field + ".participants"));
                }
                if (!participants.isEmpty()) {
                    em.createNativeQuery("""
                                    insert into event_participant (event_id, entity_id)
                                    select :event, p.entity from unnest(cast(:entities as bigint[])) with ordinality as p(entity, n)
                                    order by p.n
                                    on conflict do nothing""")
                            .setParameter("event", event.id).setParameter("entities", SqlArrays.plain(new ArrayList<>(participants)))
                            .executeUpdate();
                }
            }
        }

        private static LocalDate truncate(LocalDate date, DatePrecision precision) {
            return switch (precision) {
                case DAY -> date;
                case MONTH -> date.withDayOfMonth(1);
                case YEAR -> date.withDayOfYear(1);
                case UNKNOWN -> null;
            };
        }

        private void storeActors(Incident incident, boolean created, IncidentInput in, String field) {
            List<IncidentActor> known = created ? new ArrayList<>() : IncidentActor.list("incidentId", incident.id);
            for (ActorInput actorInput : in.actors()) {
                IncidentActor actor = new IncidentActor();
                actor.incidentId = incident.id;
                actor.role = actorInput.role();
                actor.entityId = references.resolve(actorInput.entity(), field + ".actors.entity");
                actor.description = actorInput.description() == null ? null : Names.tidy(actorInput.description());
                actor.attribution = actorInput.attribution() == null ? Attribution.STATED : actorInput.attribution();
                boolean duplicate = known.stream().anyMatch(other -> other.role == actor.role
                        && Objects.equals(other.entityId, actor.entityId) && Objects.equals(other.description, actor.description));
                if (!duplicate) {
                    actor.persist();
                    known.add(actor);
                }
            }
        }

        private void storeFigures(Incident incident, boolean created, IncidentInput in, Article article, String field) {
            List<IncidentFigure> known = created ? new ArrayList<>() : IncidentFigure.list("incidentId", incident.id);
            for (FigureInput figureInput : in.figures()) {
                IncidentFigure figure = new IncidentFigure();
                figure.incidentId = incident.id;
                figure.kind = figureInput.kind();
                figure.value = figureInput.value();
                figure.atLeast = figureInput.atLeast();
                figure.reportedById = references.resolve(figureInput.reportedBy(), field + ".figures.reportedBy");
                figure.articleId = article.id;
                figure.note = figureInput.note();
                figure.reportedOn = figureInput.reportedOn() != null ? figureInput.reportedOn() : input.publishedOn();
                figure.partyClaim = figureInput.partyClaim();
                boolean duplicate = known.stream().anyMatch(other -> other.kind == figure.kind && other.value == figure.value
                        && other.atLeast == figure.atLeast && Objects.equals(other.reportedById, figure.reportedById));
                if (!duplicate) {
                    figure.persist();
                    known.add(figure);
                }
            }
        }

        private void storeMunitions(Incident incident, boolean created, IncidentInput in) {
            List<IncidentMunition> known = created ? new ArrayList<>() : IncidentMunition.list("incidentId", incident.id);
            for (MunitionInput munitionInput : in.munitions()) {
                String weapon = Names.tidy(munitionInput.weapon());
                if (known.stream().noneMatch(other -> other.weapon.equalsIgnoreCase(weapon))) {
                    IncidentMunition munition = new IncidentMunition();
                    munition.incidentId = incident.id;
                    munition.weapon = weapon;
                    munition.quantity = munitionInput.quantity();
                    munition.atLeast = munitionInput.atLeast();
                    munition.persist();
                    known.add(munition);
                }
            }
        }
    }
}
