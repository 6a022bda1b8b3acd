package dev.newsgraph.graphql.node;

import dev.newsgraph.db.Reads;
import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.entity.OrganizationNode;
import dev.newsgraph.graphql.entity.PersonNode;
import dev.newsgraph.graphql.entity.PlaceNode;
import dev.newsgraph.graphql.event.EventNode;
import dev.newsgraph.graphql.feed.FeedNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.statement.StatementNode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The columns each node type is read from and how a row becomes the node. Every select starts with the row's key, so
 * {@code select <columns> from <table> where ...} can be completed with any condition.
 *
 * @param select the select list and table, without a where clause
 */
public record NodeRows<N>(String select, Reads.Row<N> row) {

    public static final NodeRows<ArticleNode> ARTICLES = new NodeRows<>("""
            select id, headline, paragraphs, published_on, date_basis, date_evidence, not_before, ingested_at, dateline_id,
                   source_id, headline_basis, author, external_id, version, url
            from article""", row -> {
        long key = row.getLong(1);
        return new ArticleNode(GlobalId.encode(NodeType.Article, key), key, row.getString(2), strings(row.getArray(3)),
                row.getObject(4, LocalDate.class), DateBasis.valueOf(row.getString(5)), row.getString(6),
                row.getObject(7, LocalDate.class), row.getObject(8, OffsetDateTime.class), nullableLong(row, 9),
                nullableLong(row, 10), HeadlineBasis.valueOf(row.getString(11)), row.getString(12), row.getString(13),
                (Integer) row.getObject(14), row.getString(15));
    });

    public static final NodeRows<StatementNode> STATEMENTS = new NodeRows<>("""
            select id, kind, text, said_on, channel, speaker_description, article_id, speaker_id, venue_id, event_id
            from statement""", row -> {
        long key = row.getLong(1);
        return new StatementNode(GlobalId.encode(NodeType.Statement, key), key, StatementKind.valueOf(row.getString(2)),
                row.getString(3), row.getObject(4, LocalDate.class), row.getString(5), row.getString(6), row.getLong(7),
                nullableLong(row, 8), nullableLong(row, 9), nullableLong(row, 10));
    });

    public static final NodeRows<IncidentNode> INCIDENTS = new NodeRows<>("""
            select id, type, title, occurred_on, date_precision, date_text, place_id, part_of_id
            from incident""", row -> {
        long key = row.getLong(1);
        return new IncidentNode(GlobalId.encode(NodeType.Incident, key), key, IncidentType.valueOf(row.getString(2)),
                row.getString(3), row.getObject(4, LocalDate.class), DatePrecision.valueOf(row.getString(5)),
                row.getString(6), nullableLong(row, 7), nullableLong(row, 8));
    });

    public static final NodeRows<EventNode> EVENTS = new NodeRows<>("""
            select id, kind, title, occurred_on, date_precision, date_text, place_id, venue_id
            from event""", row -> {
        long key = row.getLong(1);
        return new EventNode(GlobalId.encode(NodeType.Event, key), key, EventKind.valueOf(row.getString(2)),
                row.getString(3), row.getObject(4, LocalDate.class), DatePrecision.valueOf(row.getString(5)),
                row.getString(6), nullableLong(row, 7), nullableLong(row, 8));
    });

    public static final NodeRows<FeedNode> FEEDS = new NodeRows<>("select id, name from feed", row -> {
        long key = row.getLong(1);
        return new FeedNode(GlobalId.encode(NodeType.Feed, key), key, row.getString(2));
    });

    /** People, organizations and places, each as its own GraphQL type. */
    public static final NodeRows<Entity> ENTITIES = new NodeRows<>("""
            select id, type, name, aliases, kind, country_code, parent_id, latitude, longitude
            from named_entity""", row -> {
        long key = row.getLong(1);
        String name = row.getString(3);
        List<String> aliases = strings(row.getArray(4));
        return switch (row.getString(2)) {
            case "PERSON" -> new PersonNode(GlobalId.encode(NodeType.Person, key), key, name, aliases);
            case "ORGANIZATION" -> new OrganizationNode(GlobalId.encode(NodeType.Organization, key), key, name, aliases,
                    OrganizationKind.valueOf(row.getString(5)), row.getString(6));
            default -> new PlaceNode(GlobalId.encode(NodeType.Place, key), key, name, aliases,
                    PlaceKind.valueOf(row.getString(5)), row.getString(6), nullableDouble(row, 8), nullableDouble(row, 9),
                    nullableLong(row, 7));
        };
    });

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
