package dev.newsgraph.ingest;

import dev.newsgraph.draft.ActorInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.MunitionInput;
import dev.newsgraph.domain.Attribution;
import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Incidents, each matched to the stored one of the same type, place, date and title, or created, before the article's
 * row; the article's links to them, their actors, figures and munitions (what is stored already kept as it is) are
 * parts of the statement that writes it; what they are part of comes after.
 * <p>
 * No advisory lock guards them: the unique keys do. Rows are written in key order, so that concurrent ingests
 * reporting the same incidents wait for each other only where they write the same row, from that row to their commit,
 * and never in a circle.
 */
@ApplicationScoped
class IncidentWriter {
    private static final Comparator<Long> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    @Inject
    IngestSql sql;

    /**
     * Finds or creates the article's incidents; the parts that link the article to them and store their actors, figures
     * and munitions, for {@link ArticleWriter#storeArticle} (empty when it has none: the statement's text does not vary).
     */
    List<IngestSql.Part> storeIncidents(StoringArticle article) {
        List<IncidentInput> incidents = article.input.incidents();
        List<Occurrence> keys = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            IncidentInput in = incidents.get(i);
            keys.add(Occurrence.of(in.type(), article.resolve(in.place(), "incidents[" + i + "].place"), in.occurredOn(),
                    in.datePrecision(), in.title()));
        }
        Set<Long> created = new HashSet<>();
        Map<Occurrence, Long> ids = keys.isEmpty() ? Map.of()
                : Occurrence.findOrCreate(keys, sql, "incident", "type", (key, report) -> {
                    Long id = create(key, incidents.get(report));
                    if (id != null) {
                        created.add(id);
                    }
                    return id;
                });
        // As each report of the article finds it: the first report of a new incident created it, every other matched one.
        Set<Long> reported = new HashSet<>();
        for (Occurrence key : keys) {
            long id = ids.get(key);
            (created.contains(id) && reported.add(id) ? article.createdIncidentIds : article.matchedIncidentIds).add(id);
        }
        article.incidentIds = keys.stream().map(ids::get).toList();
        List<IngestSql.Part> rows = new ArrayList<>();
        rows.add(new IngestSql.Part("incident_links", """
                insert into incident_article (incident_id, article_id)
                select i, %s from unnest(cast(? as bigint[])) i order by i on conflict do nothing""".formatted(ArticleWriter.ARTICLE_ID),
                SqlArrays.plain(new TreeSet<>(ids.values()))));
        rows.add(actors(article, article.incidentIds));
        rows.add(figures(article, article.incidentIds));
        rows.add(munitions(article, article.incidentIds));
        return rows;
    }

    /** The new incident's id; null when another ingest created it first (this one waited for its commit). */
    private Long create(Occurrence key, IncidentInput in) {
        List<Long> created = sql.list("""
                        insert into incident (type, title, normalized_title, occurred_on, date_precision, date_text, place_id)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""", row -> row.getLong(1),
                key.kind(), Names.tidy(in.title()), key.normalizedTitle(), key.occurredOn(), key.precision(), in.dateText(),
                key.placeId());
        return created.isEmpty() ? null : created.get(0);
    }

    private IngestSql.Part actors(StoringArticle article, List<Long> incidentIds) {
        record Actor(long incident, String role, Long entity, String description, String attribution) {
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < incidentIds.size(); i++) {
            for (ActorInput in : article.input.incidents().get(i).actors()) {
                actors.add(new Actor(incidentIds.get(i), in.role().name(), article.resolve(in.entity(), "incidents[" + i + "].actors.entity"),
                        in.description() == null || in.description().isBlank() ? null : Names.tidy(in.description()),
                        (in.attribution() == null ? Attribution.STATED : in.attribution()).name()));
            }
        }
        actors.sort(Comparator.comparingLong(Actor::incident).thenComparing(Actor::role).thenComparing(Actor::entity, NULLS_FIRST)
                .thenComparing(Actor::description, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Actor actor : actors) {
            rows.add(IngestSql.row("n", rows.size(), "incident_id", actor.incident(), "role", actor.role(), "entity_id", actor.entity(),
                    "description", actor.description(), "attribution", actor.attribution()));
        }
        // The same actor (role, entity, description) again is kept as first stored: the unique key decides.
        return new IngestSql.Part("actors", """
                insert into incident_actor (incident_id, role, entity_id, description, attribution)
                select incident_id, role, entity_id, description, attribution
                from json_to_recordset(cast(? as json)) as r(n int, incident_id bigint, role text, entity_id bigint,
                     description text, attribution text)
                order by n
                on conflict do nothing""", IngestSql.rows(rows));
    }

    private IngestSql.Part figures(StoringArticle article, List<Long> incidentIds) {
        record Figure(long incident, FigureInput in, Long reportedBy) {
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < incidentIds.size(); i++) {
            for (FigureInput in : article.input.incidents().get(i).figures()) {
                figures.add(new Figure(incidentIds.get(i), in, article.resolve(in.reportedBy(), "incidents[" + i + "].figures.reportedBy")));
            }
        }
        figures.sort(Comparator.comparingLong(Figure::incident).thenComparing(figure -> figure.in().kind())
                .thenComparingInt(figure -> figure.in().value()).thenComparing(figure -> figure.in().atLeast())
                .thenComparing(Figure::reportedBy, NULLS_FIRST));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            FigureInput in = figure.in();
            rows.add(IngestSql.row("n", rows.size(), "incident_id", figure.incident(), "kind", in.kind(), "value", in.value(),
                    "at_least", in.atLeast(), "reported_by_id", figure.reportedBy(), "note", in.note(),
                    "reported_on", in.reportedOn() != null ? in.reportedOn() : article.input.publishedOn(), "party_claim", in.partyClaim()));
        }
        // A figure already stored (kind, value, at least, reported by) is kept as first reported: the unique key decides.
        return new IngestSql.Part("figures", """
                insert into incident_figure (incident_id, kind, value, at_least, reported_by_id, article_id, note, reported_on, party_claim)
                select incident_id, kind, value, at_least, reported_by_id, %s, note, reported_on, party_claim
                from json_to_recordset(cast(? as json)) as r(n int, incident_id bigint, kind text, value int, at_least boolean,
                     reported_by_id bigint, note text, reported_on date, party_claim boolean)
                order by n
                on conflict do nothing""".formatted(ArticleWriter.ARTICLE_ID), IngestSql.rows(rows));
    }

    /** Munitions, one per incident and weapon whatever its case ("Shahed" and "shahed" are one). */
    private IngestSql.Part munitions(StoringArticle article, List<Long> incidentIds) {
        Map<String, Map<String, Object>> byWeapon = new TreeMap<>();
        for (int i = 0; i < incidentIds.size(); i++) {
            for (MunitionInput in : article.input.incidents().get(i).munitions()) {
                String weapon = Names.tidy(in.weapon());
                // Incident ids are zero-padded so that the text order of the keys is their numeric order.
                byWeapon.putIfAbsent(String.format("%019d ", incidentIds.get(i)) + weapon.toLowerCase(Locale.ROOT),
                        IngestSql.row("incident_id", incidentIds.get(i), "weapon", weapon, "quantity", in.quantity(), "at_least", in.atLeast()));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byWeapon.values().forEach(row -> {
            row.put("n", rows.size());
            rows.add(row);
        });
        return new IngestSql.Part("munitions", """
                insert into incident_munition (incident_id, weapon, quantity, at_least)
                select incident_id, weapon, quantity, at_least
                from json_to_recordset(cast(? as json)) as r(n int, incident_id bigint, weapon text, quantity int, at_least boolean)
                where not exists (select 1 from incident_munition m where m.incident_id = r.incident_id and lower(m.weapon) = lower(r.weapon))
                order by n
                on conflict do nothing""", IngestSql.rows(rows));
    }

    /**
     * What each of the article's incidents is part of, when it is not part of anything yet (the first report that says
     * it wins); after the article's row.
     */
    void storePartOf(StoringArticle article) {
        List<Long> incidentIds = article.incidentIds;
        Map<String, Long> byKey = new TreeMap<>();
        List<IncidentInput> incidents = article.input.incidents();
        for (int i = 0; i < incidents.size(); i++) {
            if (incidents.get(i).key() != null) {
                byKey.put(incidents.get(i).key(), incidentIds.get(i));
            }
        }
        Map<Long, Long> parents = new TreeMap<>();
        for (int i = 0; i < incidents.size(); i++) {
            String partOf = incidents.get(i).partOf();
            if (partOf != null && !byKey.get(partOf).equals(incidentIds.get(i))) {
                parents.putIfAbsent(incidentIds.get(i), byKey.get(partOf));
            }
        }
        if (!parents.isEmpty()) {
            sql.update("""
                    update incident i set part_of_id = p.parent
                    from unnest(cast(? as bigint[]), cast(? as bigint[])) as p(child, parent)
                    where i.id = p.child and i.part_of_id is null""",
                    SqlArrays.plain(parents.keySet()), SqlArrays.plain(parents.values()));
        }
    }
}
