package dev.newsgraph.graphql;

import dev.newsgraph.db.Reads;
import dev.newsgraph.graphql.article.ArticleConnection;
import dev.newsgraph.graphql.article.ArticleEdge;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.entity.OrganizationConnection;
import dev.newsgraph.graphql.entity.OrganizationEdge;
import dev.newsgraph.graphql.entity.OrganizationNode;
import dev.newsgraph.graphql.entity.PersonConnection;
import dev.newsgraph.graphql.entity.PersonEdge;
import dev.newsgraph.graphql.entity.PersonNode;
import dev.newsgraph.graphql.entity.PlaceConnection;
import dev.newsgraph.graphql.entity.PlaceEdge;
import dev.newsgraph.graphql.entity.PlaceNode;
import dev.newsgraph.graphql.event.EventConnection;
import dev.newsgraph.graphql.event.EventEdge;
import dev.newsgraph.graphql.event.EventNode;
import dev.newsgraph.graphql.incident.IncidentConnection;
import dev.newsgraph.graphql.incident.IncidentEdge;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.page.ConnectionPager;
import dev.newsgraph.graphql.page.KeysetPager;
import dev.newsgraph.graphql.page.PageLimits;
import dev.newsgraph.graphql.page.PageRequest;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.page.SortType;
import dev.newsgraph.graphql.statement.StatementConnection;
import dev.newsgraph.graphql.statement.StatementEdge;
import dev.newsgraph.graphql.statement.StatementNode;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/**
 * The connections of every node type, and the row queries that several types share (the articles that mention an
 * entity, the statements of a speaker...), so that a root list and the same list nested under a node agree.
 * A singleton, not application-scoped: callers read its fields, which a client proxy would not forward.
 */
@Singleton
public class Pagers {
    public final ConnectionPager<ArticleNode, ArticleEdge, ArticleConnection> articles;
    public final ConnectionPager<PersonNode, PersonEdge, PersonConnection> people;
    public final ConnectionPager<OrganizationNode, OrganizationEdge, OrganizationConnection> organizations;
    public final ConnectionPager<PlaceNode, PlaceEdge, PlaceConnection> places;
    public final ConnectionPager<StatementNode, StatementEdge, StatementConnection> statements;
    public final ConnectionPager<IncidentNode, IncidentEdge, IncidentConnection> incidents;
    public final ConnectionPager<EventNode, EventEdge, EventConnection> events;
    private final PageLimits limits;

    @Inject
    public Pagers(Reads reads, KeysetPager keyset, NodeLoader loader, PageLimits limits) {
        this.limits = limits;
        articles = new ConnectionPager<>(reads, keyset, loader::articles, ArticleEdge::new, ArticleConnection::new);
        people = new ConnectionPager<>(reads, keyset, loader::people, PersonEdge::new, PersonConnection::new);
        organizations = new ConnectionPager<>(reads, keyset, loader::organizations, OrganizationEdge::new, OrganizationConnection::new);
        places = new ConnectionPager<>(reads, keyset, loader::places, PlaceEdge::new, PlaceConnection::new);
        statements = new ConnectionPager<>(reads, keyset, loader::statements, StatementEdge::new, StatementConnection::new);
        incidents = new ConnectionPager<>(reads, keyset, loader::incidents, IncidentEdge::new, IncidentConnection::new);
        events = new ConnectionPager<>(reads, keyset, loader::events, EventEdge::new, EventConnection::new);
    }

    public PageRequest request(Integer first, String after, Integer last, String before) {
        return PageRequest.of(first, after, last, before, limits);
    }

    /** Articles mentioning each parent entity, newest first. */
    public static Rows articlesMentioning() {
        return Rows.of("""
                select distinct m.entity_id as parent, a.id, a.sort_date as sort_value
                from mention m join article a on a.id = m.article_id
                where m.entity_id = any(:parents)""", SortType.DATE, true);
    }

    /** Statements by each parent speaker, newest first. */
    public static Rows statementsBy() {
        return Rows.of("select s.speaker_id as parent, s.id, s.id as sort_value from statement s where s.speaker_id = any(:parents)",
                SortType.BIGINT, true);
    }

    /** Incidents each parent entity is a perpetrator of, newest first. */
    public static Rows incidentsPerpetratedBy() {
        return Rows.of("""
                select distinct a.entity_id as parent, i.id, i.sort_date as sort_value
                from incident_actor a join incident i on i.id = a.incident_id
                where a.role = 'PERPETRATOR' and a.entity_id = any(:parents)""", SortType.DATE, true);
    }

    /** Events each parent person or organization takes part in, newest first. */
    public static Rows eventsWith() {
        return Rows.of("""
                select p.entity_id as parent, e.id, e.sort_date as sort_value
                from event_participant p join event e on e.id = p.event_id
                where p.entity_id = any(:parents)""", SortType.DATE, true);
    }

    /** Incidents at each parent place, newest first; with includeSubPlaces also those at the places within it. */
    public static Rows incidentsAt(boolean includeSubPlaces) {
        return datedAt("incident", includeSubPlaces);
    }

    /** Events at each parent place, newest first; with includeSubPlaces also those at the places within it. */
    public static Rows eventsAt(boolean includeSubPlaces) {
        return datedAt("event", includeSubPlaces);
    }

    /** Rows of a table with place_id and sort_date at each parent place (and the places within it), newest first. */
    private static Rows datedAt(String table, boolean includeSubPlaces) {
        return includeSubPlaces
                ? Rows.of(placeTree(":parents") + " select distinct w.root as parent, x.id, x.sort_date as sort_value from within w"
                        + " join " + table + " x on x.place_id = w.place", SortType.DATE, true)
                : Rows.of("select x.place_id as parent, x.id, x.sort_date as sort_value from " + table + " x"
                        + " where x.place_id = any(:parents)", SortType.DATE, true);
    }

    /** Statements made at each parent place (their venue), newest first. */
    public static Rows statementsMadeAt() {
        return Rows.of("select s.venue_id as parent, s.id, s.id as sort_value from statement s where s.venue_id = any(:parents)",
                SortType.BIGINT, true);
    }

    /**
     * Places within each parent place, the place itself included (a place's place_ancestors lists itself and every
     * place above it, see migration V4); for a country, every place with its code too.
     */
    public static String placeTree(String roots) {
        return """
                with within(root, place) as (
                    select r.root, p.id from unnest(cast(%1$s as bigint[])) r(root) join named_entity p on p.place_ancestors @> array[r.root]
                    union
                    select r.id, p.id from named_entity r join named_entity p on p.country_code = r.country_code and p.type = 'PLACE'
                    where r.id = any(%1$s) and r.kind = 'COUNTRY'
                )
                """.formatted(roots);
    }
}
