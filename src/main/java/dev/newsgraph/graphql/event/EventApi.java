package dev.newsgraph.graphql.event;

import dev.newsgraph.domain.EventKind;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.CountryCodes;
import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.PlaceSets;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.entity.OrganizationNode;
import dev.newsgraph.graphql.entity.PersonNode;
import dev.newsgraph.graphql.entity.PlaceNode;
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
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatesDatabaseFailures
public class EventApi {
    @Inject
    NodeLoader loader;
    @Inject
    TextFilters textFilters;
    @Inject
    Pagers pagers;
    @Inject
    PlaceSets places;

    @Query
    @NonNull
    @Description("Events (speeches, summits, press conferences...), filtered and ordered by date.")
    public EventConnection events(
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before,
            @Description("Only events of these kinds.") List<EventKind> kind,
            @Description("Taking place on or after this day.") LocalDate from,
            @Description("Taking place on or before this day.") LocalDate to,
            @Id @Description("Only events at this place or any place within it (Poland finds Warsaw's).") String within,
            @Description("Only events in this country (ISO 3166-1 alpha-2 code).") String country,
            @Id @Description("Only events this person or organization takes part in.") String participant,
            @Description("Full-text search in titles." + TextFilters.COMMON_WORDS) String text,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") EventOrder order) {
        return pagers.events.root(rows(kind, from, to, within, country, participant, text, order), pagers.request(first, after, last, before));
    }

    /** The rows {@link #events} pages through, filtered: shared with the compiled read path (graphql/compiled). */
    public Rows rows(List<EventKind> kind, LocalDate from, LocalDate to, String within, String country, String participant, String text, EventOrder order) {
        Rows rows = Rows.of("select 0 as parent, e.id, e.sort_date as sort_value from event e where true", SortType.DATE,
                order != EventOrder.OLDEST_FIRST);
        if (kind != null && !kind.isEmpty()) {
            if (kind.contains(null)) {
                throw new BadUserInputException("'kind' must not contain null");
            }
            rows = rows.and("e.kind = any(:kinds)").with("kinds", kind.stream().map(Enum::name).toList());
        }
        // A dated event's sort_date is its occurred_on: the same bounds on sort_date let the sort index serve the range.
        if (from != null) {
            rows = rows.and("e.occurred_on >= :from and e.sort_date >= :from").with("from", from);
        }
        if (to != null) {
            rows = rows.and("e.occurred_on <= :to and e.sort_date <= :to").with("to", to);
        }
        if (within != null) {
            long place = GlobalId.decode(within, NodeType.Place, "within");
            String wholeCountry = places.wholeCountry(place);
            rows = wholeCountry != null ? rows.and("e.country_code = :withinCountry").with("withinCountry", wholeCountry)
                    : rows.and("e.place_id = any(:withinPlaces)").with("withinPlaces", places.within(place));
        }
        if (country != null) {
            rows = rows.and("e.country_code = :country").with("country", CountryCodes.require(country)); // its place's, kept by V8's triggers
        }
        if (participant != null) {
            rows = rows.and("exists (select 1 from event_participant p where p.event_id = e.id and p.entity_id = :participant)")
                    .with("participant", GlobalId.decodeEntity(participant, "participant"));
        }
        if (text != null) {
            rows = textFilters.matching(rows, "e", "event", "english", text);
        }
        return rows;
    }

    @Description("Where it takes place.")
    public List<PlaceNode> place(@Source List<EventNode> events) {
        return loader.one(events, EventNode::placeKey, loader::places);
    }

    @Description("The institution that hosts it, e.g. a university.")
    public List<OrganizationNode> venue(@Source List<EventNode> events) {
        return loader.one(events, EventNode::venueKey, loader::organizations);
    }

    @NonNull
    @Description("The people and organizations taking part.")
    public List<@NonNull List<@NonNull Entity>> participants(@Source List<EventNode> events) {
        return loader.many(events, EventNode::key,
                "select event_id, entity_id from event_participant where event_id = any(?) order by id", loader::entities);
    }

    @NonNull
    @Description("The statements made at it, in the order they were stored.")
    public List<@NonNull List<@NonNull StatementNode>> statements(@Source List<EventNode> events) {
        return loader.many(events, EventNode::key,
                "select event_id, id from statement where event_id = any(?) order by id", loader::statements);
    }

    @NonNull
    @Description("Articles that report it.")
    public List<@NonNull List<@NonNull ArticleNode>> articles(@Source List<EventNode> events) {
        return loader.many(events, EventNode::key,
                "select event_id, article_id from event_article where event_id = any(?) order by article_id", loader::articles);
    }

    @NonNull
    @Description("Events the person takes part in, newest first.")
    public List<@NonNull EventConnection> events(@Source List<PersonNode> people,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.events.nested(Pagers.eventsWith(), people.stream().map(PersonNode::key).toList(),
                pagers.request(first, after, last, before));
    }

    @NonNull
    @Name("events")
    @Description("Events the organization takes part in, newest first.")
    public List<@NonNull EventConnection> organizationEvents(@Source List<OrganizationNode> organizations,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.events.nested(Pagers.eventsWith(), organizations.stream().map(OrganizationNode::key).toList(),
                pagers.request(first, after, last, before));
    }

    @NonNull
    @Name("events")
    @Description("Events at this place, newest first; by default including those at its sub-places.")
    public List<@NonNull EventConnection> placeEvents(@Source List<PlaceNode> places,
            @DefaultValue("true") @Description("Include events at places within this one (a country's provinces and cities).")
            Boolean includeSubPlaces,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        // An explicit null asks for the default, as the compiled read path reads it.
        return pagers.events.nested(Pagers.eventsAt(!Boolean.FALSE.equals(includeSubPlaces)),
                places.stream().map(PlaceNode::key).toList(), pagers.request(first, after, last, before));
    }

    @Description("The event it was said at, e.g. a speech or a press conference.")
    public List<EventNode> event(@Source List<StatementNode> statements) {
        return loader.one(statements, StatementNode::eventKey, loader::events);
    }

    @NonNull
    @Description("Events the article reports.")
    public List<@NonNull List<@NonNull EventNode>> events(@Source List<ArticleNode> articles) {
        return loader.many(articles, ArticleNode::key,
                "select article_id, event_id from event_article where article_id = any(?) order by event_id", loader::events);
    }
}
