package dev.newsgraph.graphql.entity;

import dev.newsgraph.db.Reads;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.CountryCodes;
import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.article.ArticleConnection;
import dev.newsgraph.graphql.incident.IncidentConnection;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.node.NodeRows;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.statement.StatementConnection;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatesDatabaseFailures
public class PlaceApi {
    @Inject
    Reads reads;
    @Inject
    NodeLoader loader;
    @Inject
    Pagers pagers;
    @Inject
    EntityRows entityRows;

    @Query
    @NonNull
    @Description("Places in the news, by name.")
    public PlaceConnection places(
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before,
            @Description("Search in names and aliases, e.g. 'Kharkiv'.") String text,
            @Description("Only places of this kind.") PlaceKind kind,
            @Description("Only places in this country (ISO 3166-1 alpha-2 code).") String country,
            @Id @Description("Only places within this place (its sub-places, at any depth, and itself).") String within) {
        return pagers.places.root(rows(text, kind, country, within), pagers.request(first, after, last, before));
    }

    /** The rows {@link #places} pages through, filtered: shared with the compiled read path (graphql/compiled). */
    public Rows rows(String text, PlaceKind kind, String country, String within) {
        Rows rows = entityRows.named("PLACE", text);
        if (kind != null) {
            rows = rows.and("e.kind = :kind").with("kind", kind.name());
        }
        if (country != null) {
            rows = rows.and("e.country_code = :country").with("country", CountryCodes.require(country));
        }
        if (within != null) {
            rows = rows.and("e.id in (" + Pagers.placeTree("array[cast(:within as bigint)]") + " select place from within)")
                    .with("within", GlobalId.decode(within, NodeType.Place, "within"));
        }
        return rows;
    }

    @Description("The enclosing place: Kharkiv → Kharkiv Oblast → Ukraine.")
    public List<PlaceNode> parent(@Source List<PlaceNode> places) {
        return loader.one(places, PlaceNode::parentKey, loader::places);
    }

    @NonNull
    @Description("Places directly within this one.")
    public List<@NonNull List<@NonNull PlaceNode>> children(@Source List<PlaceNode> places) {
        return loader.many(places, PlaceNode::key,
                "select parent_id, id from named_entity where parent_id = any(?) order by name, id", loader::places);
    }

    @Description("The country the place is in (itself for a country).")
    public List<PlaceNode> country(@Source List<PlaceNode> places) {
        List<String> codes = places.stream().map(PlaceNode::countryCode).filter(Objects::nonNull).distinct().toList();
        Map<String, PlaceNode> byCode = new HashMap<>();
        if (!codes.isEmpty()) {
            reads.select(NodeRows.ENTITIES.select() + " where type = 'PLACE' and kind = 'COUNTRY' and country_code = any(?) order by id desc",
                            NodeRows.ENTITIES.row(), codes)
                    .forEach(country -> byCode.put(((PlaceNode) country).countryCode(), (PlaceNode) country));
        }
        return places.stream().map(place -> place.countryCode() == null ? null : byCode.get(place.countryCode())).toList();
    }

    @NonNull
    @Description("Incidents at this place, newest first; by default including those at its sub-places.")
    public List<@NonNull IncidentConnection> incidents(@Source List<PlaceNode> places,
            @DefaultValue("true") @Description("Include incidents at places within this one (a country's provinces and cities).")
            Boolean includeSubPlaces,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        // An explicit null asks for the default, as the compiled read path reads it.
        return pagers.incidents.nested(Pagers.incidentsAt(!Boolean.FALSE.equals(includeSubPlaces)), keys(places),
                pagers.request(first, after, last, before));
    }

    @NonNull
    @Description("Articles mentioning the place, newest first.")
    public List<@NonNull ArticleConnection> articles(@Source List<PlaceNode> places,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.articles.nested(Pagers.articlesMentioning(), keys(places), pagers.request(first, after, last, before));
    }

    @NonNull
    @Description("Statements made at this place (their venue), newest first.")
    public List<@NonNull StatementConnection> statementsMadeHere(@Source List<PlaceNode> places,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.statements.nested(Pagers.statementsMadeAt(), keys(places), pagers.request(first, after, last, before));
    }

    private static List<Long> keys(List<PlaceNode> places) {
        return places.stream().map(PlaceNode::key).toList();
    }
}
