package dev.newsgraph.graphql.compiled;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.domain.IncidentType;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.graphql.article.ArticleApi;
import dev.newsgraph.graphql.article.ArticleOrder;
import dev.newsgraph.graphql.entity.OrganizationApi;
import dev.newsgraph.graphql.entity.PersonApi;
import dev.newsgraph.graphql.entity.PlaceApi;
import dev.newsgraph.graphql.event.EventApi;
import dev.newsgraph.graphql.event.EventOrder;
import dev.newsgraph.graphql.incident.IncidentApi;
import dev.newsgraph.graphql.incident.IncidentOrder;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.graphql.page.KeysetPager;
import dev.newsgraph.graphql.page.PageLimits;
import dev.newsgraph.graphql.page.PageRequest;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.statement.StatementApi;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The top-level lists, paged exactly as their resolvers page them: the same filtered rows (each API's {@code rows}
 * method), the same keyset pages and cursors, totalCount counted only when selected.
 */
@Singleton
class RootLists {
    /** A root list's page, and its total (-1 when not asked for). */
    record Page(NodeType nodeType, KeysetPager.KeyPage keys, long total) {
    }

    @Inject
    KeysetPager keyset;
    @Inject
    PageLimits limits;
    @Inject
    ArticleApi articles;
    @Inject
    StatementApi statements;
    @Inject
    IncidentApi incidents;
    @Inject
    EventApi events;
    @Inject
    PersonApi people;
    @Inject
    OrganizationApi organizations;
    @Inject
    PlaceApi places;

    /** Null for a field that is not a root list. */
    Page page(String field, Arguments arguments, boolean counted) {
        NodeType type;
        Rows rows;
        switch (field) {
            case "articles" -> {
                type = NodeType.Article;
                rows = articles.rows(arguments.string("text"), arguments.date("from"), arguments.date("to"),
                        arguments.string("mentioning"), arguments.string("feed"), arguments.string("source"),
                        arguments.enumeration("order", ArticleOrder.class));
            }
            case "statements" -> {
                type = NodeType.Statement;
                rows = statements.rows(arguments.string("speaker"), arguments.enumeration("kind", StatementKind.class),
                        arguments.string("about"), arguments.string("article"), arguments.date("from"), arguments.date("to"),
                        arguments.string("text"));
            }
            case "incidents" -> {
                type = NodeType.Incident;
                rows = incidents.rows(arguments.enumerations("type", IncidentType.class), arguments.date("from"),
                        arguments.date("to"), arguments.string("within"), arguments.string("country"),
                        arguments.string("perpetrator"), arguments.integer("minKilled"), arguments.string("text"),
                        arguments.enumeration("order", IncidentOrder.class));
            }
            case "events" -> {
                type = NodeType.Event;
                rows = events.rows(arguments.enumerations("kind", EventKind.class), arguments.date("from"), arguments.date("to"),
                        arguments.string("within"), arguments.string("country"), arguments.string("participant"),
                        arguments.string("text"), arguments.enumeration("order", EventOrder.class));
            }
            case "people" -> {
                type = NodeType.Person;
                rows = people.rows(arguments.string("text"), arguments.string("organization"));
            }
            case "organizations" -> {
                type = NodeType.Organization;
                rows = organizations.rows(arguments.string("text"), arguments.enumeration("kind", OrganizationKind.class),
                        arguments.string("country"));
            }
            case "places" -> {
                type = NodeType.Place;
                rows = places.rows(arguments.string("text"), arguments.enumeration("kind", PlaceKind.class),
                        arguments.string("country"), arguments.string("within"));
            }
            default -> {
                return null;
            }
        }
        PageRequest request = PageRequest.of(arguments.integer("first"), arguments.string("after"), arguments.integer("last"),
                arguments.string("before"), limits);
        return new Page(type, keyset.page(rows, request), counted ? keyset.count(rows) : -1);
    }

    PageLimits limits() {
        return limits;
    }
}
