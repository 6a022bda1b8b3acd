package dev.newsgraph.graphql.incident;

import dev.newsgraph.db.Reads;
import dev.newsgraph.domain.ActorRole;
import dev.newsgraph.domain.Attribution;
import dev.newsgraph.domain.BestEstimate;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.PlaceSets;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.entity.PlaceNode;
import dev.newsgraph.graphql.node.Entity;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.page.TextFilters;
import dev.newsgraph.graphql.page.SortType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
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
public class IncidentApi {
    @Inject
    Reads reads;
    @Inject
    TextFilters textFilters;
    @Inject
    NodeLoader loader;
    @Inject
    Pagers pagers;
    @Inject
    PlaceSets places;

    @Query
    @NonNull
    @Description("Incidents, filtered and ordered.")
    public IncidentConnection incidents(
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before,
            @Description("Only incidents of these types.") List<IncidentType> type,
            @Description("Occurred on or after this day.") LocalDate from,
            @Description("Occurred on or before this day.") LocalDate to,
            @Id @Description("Only incidents at this place or any place within it (Pakistan finds Balochistan's).") String within,
            @Description("Only incidents in this country (ISO 3166-1 alpha-2 code).") String country,
            @Id @Description("Only incidents this person, organization or place is a perpetrator of.") String perpetrator,
            @Description("Only incidents with at least this many killed, by any source.") Integer minKilled,
            @Description("Full-text search in titles." + TextFilters.COMMON_WORDS) String text,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") IncidentOrder order) {
        return pagers.incidents.root(rows(type, from, to, within, country, perpetrator, minKilled, text, order),
                pagers.request(first, after, last, before));
    }

    /** The rows {@link #incidents} pages through, filtered: shared with the compiled read path (graphql/compiled). */
    public Rows rows(List<IncidentType> type, LocalDate from, LocalDate to, String within, String country, String perpetrator,
                     Integer minKilled, String text, IncidentOrder order) {
        IncidentFilter filter = IncidentFilter.of(type, from, to, within, country, perpetrator, minKilled, places);
        Rows rows = new Rows("select 0 as parent, i.id, i.sort_date as sort_value from incident i" + filter.where(),
                filter.parameters(), SortType.DATE, order == IncidentOrder.NEWEST_FIRST);
        if (text != null) {
            rows = textFilters.matching(rows, "i", "incident", "english", text);
        }
        return rows;
    }

    @Description("Where it happened.")
    public List<PlaceNode> place(@Source List<IncidentNode> incidents) {
        return loader.one(incidents, IncidentNode::placeKey, loader::places);
    }

    @Description("The larger incident this one is part of.")
    public List<IncidentNode> partOf(@Source List<IncidentNode> incidents) {
        return loader.one(incidents, IncidentNode::partOfKey, loader::incidents);
    }

    @NonNull
    @Description("Incidents that are part of this one, such as one site hit in a wider attack.")
    public List<@NonNull List<@NonNull IncidentNode>> parts(@Source List<IncidentNode> incidents) {
        return loader.many(incidents, IncidentNode::key,
                "select part_of_id, id from incident where part_of_id = any(?) order by id", loader::incidents);
    }

    @NonNull
    @Description("Perpetrators, victims, targets and parties; all of them unless a role is given.")
    public List<@NonNull List<@NonNull ActorView>> actors(@Source List<IncidentNode> incidents,
            @Description("Only actors in this role.") ActorRole role) {
        return actors(incidents).stream()
                .map(actors -> actors.stream().filter(actor -> role == null || actor.role() == role).toList()).toList();
    }

    @NonNull
    @Description("Perpetrators, stated, claimed or suspected.")
    public List<@NonNull List<@NonNull ActorView>> perpetrators(@Source List<IncidentNode> incidents) {
        return actors(incidents, ActorRole.PERPETRATOR);
    }

    @Description("The named entity, when the actor is one.")
    public List<Entity> entity(@Source List<ActorView> actors) {
        return loader.one(actors, ActorView::entityKey, loader::entities);
    }

    @NonNull
    @Description("Every count reported for the incident, each with its source.")
    public List<@NonNull List<@NonNull FigureView>> figures(@Source List<IncidentNode> incidents) {
        return figures(incidents, null);
    }

    @Description("Who reported the figure.")
    public List<Entity> reportedBy(@Source List<FigureView> figures) {
        return loader.one(figures, FigureView::reportedByKey, loader::entities);
    }

    @NonNull
    @Description("Everyone who reported a figure of the incident.")
    public List<@NonNull List<@NonNull Entity>> reporters(@Source List<IncidentNode> incidents) {
        return loader.many(incidents, IncidentNode::key, "select distinct incident_id, reported_by_id from incident_figure"
                + " where incident_id = any(?) and reported_by_id is not null order by reported_by_id", loader::entities);
    }

    @Description("People killed: the best estimate, i.e. the latest figure of a source that is not a party to the conflict"
            + " (officials of the place, rescuers, the reporting agency), the highest where one source gave several the"
            + " same day; a party's counter-claim is never the best estimate. Null when no such figure was reported. Every"
            + " figure, with who reported it and when, is in figures; killedHigh is the highest of all.")
    public List<Integer> killed(@Source List<IncidentNode> incidents) {
        return best(incidents, FigureKind.KILLED, figure -> figure == null ? null : figure.value());
    }

    @Description("True when the killed figure is a lower bound ('at least').")
    public List<Boolean> killedAtLeast(@Source List<IncidentNode> incidents) {
        return best(incidents, FigureKind.KILLED, figure -> figure == null ? null : figure.atLeast());
    }

    @Description("People killed: the lowest figure any source gave, party claims included (UCDP's 'low'); null when none.")
    public List<Integer> killedLow(@Source List<IncidentNode> incidents) {
        return figures(incidents, FigureKind.KILLED).stream()
                .map(figures -> figures.stream().map(FigureView::value).min(Integer::compare).orElse(null)).toList();
    }

    @Description("People killed: the highest figure any source gave, party claims included (UCDP's 'high'); null when none.")
    public List<Integer> killedHigh(@Source List<IncidentNode> incidents) {
        return figures(incidents, FigureKind.KILLED).stream()
                .map(figures -> figures.stream().map(FigureView::value).max(Integer::compare).orElse(null)).toList();
    }

    @Description("People injured: the best estimate, chosen as for killed. Null when no such figure was reported.")
    public List<Integer> injured(@Source List<IncidentNode> incidents) {
        return best(incidents, FigureKind.INJURED, figure -> figure == null ? null : figure.value());
    }

    @Description("True when the injured figure is a lower bound ('at least').")
    public List<Boolean> injuredAtLeast(@Source List<IncidentNode> incidents) {
        return best(incidents, FigureKind.INJURED, figure -> figure == null ? null : figure.atLeast());
    }

    @NonNull
    @Description("Weapons used, with quantities.")
    public List<@NonNull List<@NonNull MunitionView>> munitions(@Source List<IncidentNode> incidents) {
        Map<Long, List<MunitionView>> byIncident = new HashMap<>();
        reads.select("select incident_id, weapon, quantity, at_least from incident_munition where incident_id = any(?) order by id",
                        row -> Map.entry(row.getLong(1), new MunitionView(row.getString(2), row.getInt(3), row.getBoolean(4))),
                        keys(incidents))
                .forEach(munition -> byIncident.computeIfAbsent(munition.getKey(), key -> new ArrayList<>()).add(munition.getValue()));
        return incidents.stream().map(incident -> byIncident.getOrDefault(incident.key(), List.of())).toList();
    }

    @NonNull
    @Description("Articles that report the incident.")
    public List<@NonNull List<@NonNull ArticleNode>> articles(@Source List<IncidentNode> incidents) {
        return loader.many(incidents, IncidentNode::key,
                "select incident_id, article_id from incident_article where incident_id = any(?) order by article_id", loader::articles);
    }

    private List<List<ActorView>> actors(List<IncidentNode> incidents) {
        Map<Long, List<ActorView>> byIncident = new HashMap<>();
        reads.select("select role, attribution, description, incident_id, entity_id from incident_actor where incident_id = any(?) order by id",
                        row -> new ActorView(ActorRole.valueOf(row.getString(1)), Attribution.valueOf(row.getString(2)),
                                row.getString(3), row.getLong(4), (Long) row.getObject(5)),
                        keys(incidents))
                .forEach(actor -> byIncident.computeIfAbsent(actor.incidentKey(), key -> new ArrayList<>()).add(actor));
        return incidents.stream().map(incident -> byIncident.getOrDefault(incident.key(), List.of())).toList();
    }

    private List<List<FigureView>> figures(List<IncidentNode> incidents, FigureKind kind) {
        Map<Long, List<FigureView>> byIncident = new HashMap<>();
        String sql = "select kind, value, at_least, note, reported_on, party_claim, incident_id, reported_by_id from incident_figure"
                + " where incident_id = any(?)" + (kind == null ? "" : " and kind = ?") + " order by id";
        Object[] parameters = kind == null ? new Object[] {keys(incidents)} : new Object[] {keys(incidents), kind.name()};
        reads.select(sql, row -> new FigureView(FigureKind.valueOf(row.getString(1)), row.getInt(2), row.getBoolean(3),
                                row.getString(4), row.getObject(5, LocalDate.class), row.getBoolean(6), row.getLong(7),
                                (Long) row.getObject(8)),
                        parameters)
                .forEach(figure -> byIncident.computeIfAbsent(figure.incidentKey(), key -> new ArrayList<>()).add(figure));
        return incidents.stream().map(incident -> byIncident.getOrDefault(incident.key(), List.of())).toList();
    }

    private <T> List<T> best(List<IncidentNode> incidents, FigureKind kind, Function<FigureView, T> value) {
        return figures(incidents, kind).stream()
                .map(figures -> BestEstimate.of(figures, FigureView::partyClaim, FigureView::reportedOn, FigureView::value).orElse(null))
                .map(value).toList();
    }

    private static List<Long> keys(List<IncidentNode> incidents) {
        return incidents.stream().map(IncidentNode::key).toList();
    }
}
