package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PhotoInput;
import dev.newsgraph.draft.RoleInput;
import dev.newsgraph.draft.StatementInput;
import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's row and everything that refers to it (its feed link, photos, mentions, roles, statements, and the
 * parts of the event and incident writers) in one statement, which also sends the notifications of the article.
 */
@ApplicationScoped
class ArticleWriter {
    /** The article's id, in the parts of the statement that writes it: its first {@code with} query is the article's row. */
    static final String ARTICLE_ID = "(select id from a)";

    @Inject
    IngestSql sql;

    /** A stored article that an input may be: the same item ({@code delivered}) or the same content. */
    record StoredArticle(long id, String contentHash, Integer version, boolean delivered) {
    }

    /** The query of the stored articles with the item's external id or with the content hash. */
    IngestSql.Query<StoredArticle> stored(String externalId, String contentHash) {
        IngestSql.Row<StoredArticle> row = result -> new StoredArticle(result.getLong("id"), result.getString("content_hash"),
                (Integer) result.getObject("version"), result.getBoolean("delivered"));
        if (externalId == null) {
            // Without an item (most copy), a query of its own: the query of both, planned for "external_id = null", was
            // planned again for every article (pg_stat_statements: more time planning it than running it).
            return new IngestSql.Query<>("select id, content_hash, version, false as delivered from article where content_hash = ?", row, contentHash);
        }
        return new IngestSql.Query<>("select id, content_hash, version, external_id = ? as delivered from article where external_id = ? or content_hash = ?",
                row, externalId, externalId, contentHash);
    }

    /** Links the article to the feed (created if new); false when it already was. */
    boolean linkFeed(long articleId, String feed) {
        for (int attempt = 0; ; attempt++) {
            List<Boolean> linked = sql.list("""
                    with f as (select id from feed where name = ?),
                         l as (insert into article_feed (article_id, feed_id) select ?, id from f on conflict do nothing returning 1)
                    select exists (select 1 from l) as linked from f""", row -> row.getBoolean("linked"), feed, articleId);
            if (!linked.isEmpty() || attempt > 0) {
                return !linked.isEmpty() && linked.get(0);
            }
            // A concurrent ingest creating the same feed makes this wait for its commit, then do nothing: the link's
            // next statement sees its row.
            sql.update("insert into feed (name) values (?) on conflict (name) do nothing", feed);
        }
    }

    /** The article's id; whether its statement linked it to the feed (false when the feed did not exist). */
    record Stored(long id, boolean feedLinked) {
    }

    /**
     * Stores the article as new, or over {@code replaced} (a newer version of its item), in one statement with its
     * link to {@code feed} (when that feed exists), its photos, mentions, roles and statements, the {@code parts} of
     * the event and incident writers (in order: each writer's rows are in key order, so that concurrent ingests wait
     * for each other without deadlocking), and the notifications of the article and its new incidents.
     */
    Stored storeArticle(ArticleInput input, String contentHash, Long replaced, StoringArticle article, String feed,
                        List<IngestSql.Part> parts) {
        // Nullable values typed, so that the statement is prepared once whichever of them an article has.
        Object[] values = {Names.tidy(input.headline()),
                SqlArrays.text(input.paragraphs().stream().map(String::strip).toList()), IngestSql.orNull(input.publishedOn(), Types.DATE),
                input.dateBasis() != null ? input.dateBasis() : input.publishedOn() != null ? DateBasis.STATED : DateBasis.UNKNOWN,
                IngestSql.orNull(input.dateEvidence(), Types.VARCHAR), IngestSql.orNull(input.notBefore(), Types.DATE),
                IngestSql.orNull(article.resolve(input.dateline(), "dateline"), Types.BIGINT),
                IngestSql.orNull(article.resolve(input.source(), "source"), Types.BIGINT), contentHash,
                input.headlineBasis() != null ? input.headlineBasis() : HeadlineBasis.STATED,
                IngestSql.orNull(blankToNull(input.author()), Types.VARCHAR), IngestSql.orNull(blankToNull(input.externalId()), Types.VARCHAR),
                IngestSql.orNull(input.version(), Types.INTEGER), IngestSql.orNull(blankToNull(input.url()), Types.VARCHAR), replaced};
        List<IngestSql.Part> all = new ArrayList<>();
        if (replaced == null) {
            all.add(new IngestSql.Part("a", """
                    insert into article (headline, paragraphs, published_on, date_basis, date_evidence, not_before, dateline_id,
                                         source_id, content_hash, headline_basis, author, external_id, version, url)
                    values (?, cast(? as text[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    returning id""", Arrays.copyOf(values, values.length - 1)));
        } else {
            all.add(new IngestSql.Part("a", """
                    update article set headline = ?, paragraphs = cast(? as text[]), published_on = ?, date_basis = ?,
                        date_evidence = ?, not_before = ?, dateline_id = ?, source_id = ?, content_hash = ?, headline_basis = ?,
                        author = ?, external_id = ?, version = ?, url = ?, ingested_at = now()
                    where id = ?
                    returning id""", values));
        }
        // Every part is there whether the article has rows for it or not (an empty one inserts nothing), so that the
        // statement's text is the same for every new article: the driver prepares it once per connection and
        // PostgreSQL reuses its plan, instead of parsing and planning a text that varied with the article's parts.
        all.add(new IngestSql.Part("feed_link", """
                insert into article_feed (article_id, feed_id) select %s, id from feed where name = ?
                on conflict do nothing returning 1""".formatted(ARTICLE_ID), IngestSql.orNull(feed, Types.VARCHAR)));
        all.addAll(ownRows(article));
        all.addAll(parts);
        return sql.listTogether(all, "select id, exists (select 1 from feed_link) as linked, " + GraphNotifications.sent("id") + " from a",
                row -> new Stored(row.getLong("id"), row.getBoolean("linked")), GraphNotifications.incidents(article.createdIncidentIds)).get(0);
    }

    /** What an article said, before its newer version is stored in its place; incidents only it reported go too. */
    void forgetContent(long articleId) {
        for (String table : List.of("photo", "mention", "statement", "incident_figure", "incident_article")) {
            sql.update("delete from " + table + " where article_id = ?", articleId);
        }
        sql.update("delete from incident i where not exists (select 1 from incident_article l where l.incident_id = i.id)");
    }

    /** The article's photos, mentions, roles and statements (with what each is about), each part empty when it has none. */
    private static List<IngestSql.Part> ownRows(StoringArticle article) {
        List<IngestSql.Part> parts = new ArrayList<>();
        parts.add(new IngestSql.Part("photos", """
                insert into photo (article_id, position, caption, credit, agency_id, photographer_id, taken_on, place_id, file_photo)
                select %s, position, caption, credit, agency_id, photographer_id, taken_on, place_id, file_photo
                from json_to_recordset(cast(? as json)) as r(position int, caption text, credit text, agency_id bigint,
                     photographer_id bigint, taken_on date, place_id bigint, file_photo boolean)
                order by position""".formatted(ARTICLE_ID), photos(article)));
        parts.add(new IngestSql.Part("mentions", """
                insert into mention (article_id, entity_id, sentence)
                select %s, entity_id, sentence from json_to_recordset(cast(? as json)) as r(n int, entity_id bigint, sentence text)
                order by n""".formatted(ARTICLE_ID), mentions(article)));
        parts.add(new IngestSql.Part("roles", """
                insert into person_role (person_id, title, organization_id, place_id, current, article_id)
                select person_id, title, organization_id, place_id, current, %s
                from json_to_recordset(cast(? as json)) as r(n int, person_id bigint, title text, organization_id bigint,
                     place_id bigint, current boolean)
                order by n
                on conflict do nothing""".formatted(ARTICLE_ID), roles(article)));
        parts.add(new IngestSql.Part("statements", """
                insert into statement (article_id, position, kind, text, speaker_id, said_on, venue_id, channel, event_id,
                                       speaker_description)
                select %s, position, kind, text, speaker_id, said_on, venue_id, channel, event_id, speaker_description
                from json_to_recordset(cast(? as json)) as r(position int, kind text, text text, speaker_id bigint,
                     said_on date, venue_id bigint, channel text, event_id bigint, speaker_description text)
                order by position
                returning id, position""".formatted(ARTICLE_ID), statements(article)));
        parts.add(new IngestSql.Part("statements_about", """
                insert into statement_about (statement_id, entity_id)
                select statements.id, r.entity_id
                from json_to_recordset(cast(? as json)) as r(n int, position int, entity_id bigint)
                join statements on statements.position = r.position
                order by r.n""", statementsAbout(article)));
        return parts;
    }

    private static String photos(StoringArticle article) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<PhotoInput> photos = article.input.photos();
        for (int i = 0; i < photos.size(); i++) {
            PhotoInput in = photos.get(i);
            rows.add(IngestSql.row("position", i, "caption", in.caption().strip(), "credit", in.credit(),
                    "agency_id", article.resolve(in.agency(), "photos[" + i + "].agency"),
                    "photographer_id", article.resolve(in.photographer(), "photos[" + i + "].photographer"),
                    "taken_on", in.takenOn(), "place_id", article.resolve(in.place(), "photos[" + i + "].place"),
                    "file_photo", in.filePhoto()));
        }
        return IngestSql.rows(rows);
    }

    /** Every declared entity's mentions, one per sentence that names it (or one without a sentence). */
    private static String mentions(StoringArticle article) {
        List<String> sentences = Sentences.split(article.input.headline(), article.input.paragraphs());
        List<Map<String, Object>> rows = new ArrayList<>();
        article.surfaceForms.forEach((entityId, forms) -> {
            List<String> found = Sentences.containing(sentences, forms);
            for (String sentence : found.isEmpty() ? Collections.<String>singletonList(null) : new LinkedHashSet<>(found)) {
                rows.add(IngestSql.row("n", rows.size(), "entity_id", entityId, "sentence", sentence));
            }
        });
        return IngestSql.rows(rows);
    }

    /**
     * Roles of the article's people, each stored once per person (a role already stored is kept as it is); in key
     * order, so that concurrent ingests adding the same roles wait for each other without deadlocking.
     */
    private static String roles(StoringArticle article) {
        record Role(long person, String title, Long organization, Long place, Boolean current) {
        }
        List<Role> roles = new ArrayList<>();
        List<PersonInput> people = article.input.people();
        for (int i = 0; i < people.size(); i++) {
            Long personId = article.resolve(people.get(i).name(), "people[" + i + "]");
            for (int j = 0; j < people.get(i).roles().size(); j++) {
                RoleInput in = people.get(i).roles().get(j);
                String field = "people[" + i + "].roles[" + j + "]";
                roles.add(new Role(personId, Names.tidy(in.title()), article.resolve(in.organization(), field + ".organization"),
                        article.resolve(in.place(), field + ".place"), in.current()));
            }
        }
        Comparator<Long> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        roles.sort(Comparator.comparingLong(Role::person).thenComparing(Role::title)
                .thenComparing(Role::organization, nullsFirst).thenComparing(Role::place, nullsFirst));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Role role : roles) {
            rows.add(IngestSql.row("n", rows.size(), "person_id", role.person(), "title", role.title(),
                    "organization_id", role.organization(), "place_id", role.place(), "current", role.current()));
        }
        return IngestSql.rows(rows);
    }

    private static String statements(StoringArticle article) {
        List<StatementInput> statements = article.input.statements();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            StatementInput in = statements.get(i);
            String field = "statements[" + i + "]";
            rows.add(IngestSql.row("position", i, "kind", in.kind(), "text", in.text().strip(),
                    "speaker_id", article.resolve(in.speaker(), field + ".speaker"), "said_on", in.saidOn(),
                    "venue_id", article.resolve(in.venue(), field + ".venue"), "channel", in.channel(),
                    "event_id", in.event() == null ? null : article.eventIdsByKey.get(in.event()),
                    "speaker_description", in.speakerDescription() == null || in.speakerDescription().isBlank() ? null
                            : Names.tidy(in.speakerDescription())));
        }
        return IngestSql.rows(rows);
    }

    /** What each statement is about, by the statement's position. */
    private static String statementsAbout(StoringArticle article) {
        List<StatementInput> statements = article.input.statements();
        List<Map<String, Object>> about = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Set<Long> entities = new LinkedHashSet<>();
            for (String reference : statements.get(i).about()) {
                entities.add(article.resolve(reference, "statements[" + i + "].about"));
            }
            for (Long entityId : entities) {
                about.add(IngestSql.row("n", about.size(), "position", i, "entity_id", entityId));
            }
        }
        return IngestSql.rows(about);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
