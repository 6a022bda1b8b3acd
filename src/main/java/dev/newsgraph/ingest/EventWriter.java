package dev.newsgraph.ingest;

import dev.newsgraph.draft.EventInput;
import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Events, each matched to the stored one of the same kind, place, date and title, or created, before the article's
 * row; the article's links to them and their participants are parts of the statement that writes it.
 */
@ApplicationScoped
class EventWriter {
    @Inject
    IngestSql sql;

    /**
     * Finds or creates the article's events; the parts that link the article to them and store their participants, for
     * {@link ArticleWriter#storeArticle} (empty when it has none: the statement's text does not vary).
     */
    List<IngestSql.Part> storeEvents(StoringArticle article) {
        List<EventInput> events = article.input.events();
        List<Occurrence> keys = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventInput in = events.get(i);
            keys.add(Occurrence.of(in.kind(), article.resolve(in.place(), "events[" + i + "].place"), in.occurredOn(),
                    in.datePrecision(), in.title()));
        }
        Map<Occurrence, Long> ids = keys.isEmpty() ? Map.of()
                : Occurrence.findOrCreate(keys, sql, "event", "kind", (key, report) -> create(key, article, report));
        record Participant(long event, long entity) {
        }
        Set<Long> linked = new TreeSet<>();
        // In (event, entity) order: concurrent ingests adding the same participants wait for each other, never in a circle.
        Set<Participant> participants = new TreeSet<>(Comparator.comparingLong(Participant::event).thenComparingLong(Participant::entity));
        for (int i = 0; i < events.size(); i++) {
            EventInput in = events.get(i);
            long id = ids.get(keys.get(i));
            if (in.key() != null) {
                article.eventIdsByKey.put(in.key(), id);
            }
            linked.add(id);
            for (String reference : in.participants()) {
                participants.add(new Participant(id, article.resolve(reference, "events[" + i + "].participants")));
            }
        }
        List<IngestSql.Part> rows = new ArrayList<>();
        rows.add(new IngestSql.Part("event_links", """
                insert into event_article (event_id, article_id)
                select e, %s from unnest(cast(? as bigint[])) e order by e on conflict do nothing""".formatted(ArticleWriter.ARTICLE_ID),
                SqlArrays.plain(linked)));
        rows.add(new IngestSql.Part("participants", """
                insert into event_participant (event_id, entity_id)
                select e, p from unnest(cast(? as bigint[]), cast(? as bigint[])) as r(e, p) order by e, p
                on conflict do nothing""", SqlArrays.plain(participants.stream().map(Participant::event).toList()),
                SqlArrays.plain(participants.stream().map(Participant::entity).toList())));
        return rows;
    }

    /** Creates the event of the key as its report tells it; null when another ingest created it first. */
    private Long create(Occurrence key, StoringArticle article, int report) {
        EventInput in = article.input.events().get(report);
        List<Long> created = sql.list("""
                        insert into event (kind, title, normalized_title, occurred_on, date_precision, date_text, place_id, venue_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""", row -> row.getLong(1),
                key.kind(), Names.tidy(in.title()), key.normalizedTitle(), key.occurredOn(), key.precision(), in.dateText(),
                key.placeId(), article.resolve(in.venue(), "events[" + report + "].venue"));
        return created.isEmpty() ? null : created.get(0);
    }
}
