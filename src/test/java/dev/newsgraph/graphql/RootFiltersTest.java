package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsgraph.graphql.node.GlobalId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter of every root list against its plain definition in SQL, written here without the indexes' helpers
 * (a recursive walk of the place tree instead of the ancestor arrays, joins instead of the rewritten conditions):
 * the same nodes in the same order, walked forward and backward two at a time, with a totalCount that matches.
 * The argument values come from the stored graph (the most mentioned entity, the country with the most incidents...),
 * so that every filter selects some nodes but not all.
 */
@QuarkusTest
class RootFiltersTest {
    private static final String ARTICLES = "select a.id from article a where %s order by a.sort_date desc, a.id desc";
    private static final String EVENTS = "select e.id from event e where %s order by e.sort_date desc, e.id desc";
    private static final String INCIDENTS = "select i.id from incident i where %s order by i.sort_date desc, i.id desc";
    private static final String STATEMENTS = "select s.id from statement s where %s order by s.id desc";
    private static final String ENTITIES = "select e.id from named_entity e where e.type = '%s' and %s order by e.name, e.id";
    /** The place (?) and every place below it, by parent links; for a country, every place with its code too. */
    private static final String WITHIN = """
            (with recursive tree(id) as (select cast(? as bigint) union select c.id from named_entity c join tree t on c.parent_id = t.id)
             select id from tree union select p.id from named_entity p, named_entity c
             where c.id = cast(? as bigint) and c.kind = 'COUNTRY' and p.type = 'PLACE' and p.country_code = c.country_code)""";

    /** One filter: the GraphQL arguments, the SQL giving the expected keys in order, and what to bind to its ?s. */
    record Case(String connection, String type, String arguments, String sql, List<Object> parameters) {
        @Override
        public String toString() {
            return connection + "(" + arguments + ")";
        }
    }

    @Inject
    AgroalDataSource dataSource;

    static Stream<String> filters() {
        return Stream.of("articles", "articles oldest", "articles text", "articles from to", "articles mentioning", "articles feed",
                "articles source", "events", "events oldest", "events kind", "events from to", "events within", "events country",
                "events participant", "events text", "incidents", "incidents oldest", "incidents type", "incidents from to",
                "incidents within", "incidents within province", "incidents country", "incidents perpetrator",
                "incidents minKilled", "incidents text", "organizations", "organizations text", "organizations kind",
                "organizations country", "people", "people text", "people organization", "places", "places text", "places kind",
                "places country", "places within", "statements", "statements speaker", "statements kind", "statements about",
                "statements article", "statements from to", "statements text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterGivesItsDefinitionPagedBothWays(String filter) throws SQLException {
        Case c = build(filter);
        List<Long> expected = keys(c.sql(), c.parameters());
        assertFalse(expected.isEmpty(), c + ": the sample graph must give this filter something to find");
        List<Long> forward = walk(c, true);
        List<Long> backward = walk(c, false);
        assertEquals(expected, forward, c + " forward");
        assertEquals(expected, backward, c + " backward");
    }

    private Case build(String filter) throws SQLException {
        return switch (filter) {
            case "articles" -> new Case("articles", "Article", "", ARTICLES.formatted("true"), List.of());
            case "articles oldest" -> new Case("articles", "Article", "order: OLDEST_FIRST",
                    "select a.id from article a order by a.sort_date, a.id", List.of());
            case "articles text" -> {
                String word = one("select w from article a, unnest(string_to_array(lower(a.headline), ' ')) w where length(w) > 5"
                        + " group by w order by count(*) desc, w limit 1");
                yield new Case("articles", "Article", "text: " + quote(word),
                        ARTICLES.formatted("a.search @@ websearch_to_tsquery('english', ?)"), List.of(word));
            }
            case "articles from to" -> {
                List<Object> range = dates("select published_on from article where published_on is not null");
                yield new Case("articles", "Article", "from: " + quote(range.get(0)) + ", to: " + quote(range.get(1)),
                        ARTICLES.formatted("a.published_on between cast(? as date) and cast(? as date)"), range);
            }
            case "articles mentioning" -> {
                long entity = key("select entity_id from mention group by entity_id order by count(*) desc, entity_id limit 1");
                yield new Case("articles", "Article", "mentioning: " + quote(entityId(entity)),
                        ARTICLES.formatted("a.id in (select m.article_id from mention m where m.entity_id = ?)"), List.of(entity));
            }
            case "articles feed" -> {
                long feed = key("select feed_id from article_feed group by feed_id order by count(*) desc, feed_id limit 1");
                yield new Case("articles", "Article", "feed: " + quote(id("Feed", feed)),
                        ARTICLES.formatted("a.id in (select f.article_id from article_feed f where f.feed_id = ?)"), List.of(feed));
            }
            case "articles source" -> {
                long source = key("select source_id from article where source_id is not null group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("articles", "Article", "source: " + quote(id("Organization", source)), ARTICLES.formatted("a.source_id = ?"),
                        List.of(source));
            }
            case "events" -> new Case("events", "Event", "", EVENTS.formatted("true"), List.of());
            case "events oldest" -> new Case("events", "Event", "order: OLDEST_FIRST",
                    "select e.id from event e order by e.sort_date, e.id", List.of());
            case "events kind" -> {
                String kind = one("select kind from event group by kind order by count(*) desc, kind limit 1");
                yield new Case("events", "Event", "kind: [" + kind + "]", EVENTS.formatted("e.kind = ?"), List.of(kind));
            }
            case "events from to" -> {
                List<Object> range = dates("select occurred_on from event where occurred_on is not null");
                yield new Case("events", "Event", "from: " + quote(range.get(0)) + ", to: " + quote(range.get(1)),
                        EVENTS.formatted("e.occurred_on between cast(? as date) and cast(? as date)"), range);
            }
            case "events within" -> {
                long country = key("select c.id from event e join named_entity p on p.id = e.place_id"
                        + " join named_entity c on c.kind = 'COUNTRY' and c.country_code = p.country_code group by c.id order by count(*) desc, c.id limit 1");
                yield new Case("events", "Event", "within: " + quote(id("Place", country)),
                        EVENTS.formatted("e.place_id in " + WITHIN), List.of(country, country));
            }
            case "events country" -> {
                String code = one("select p.country_code from event e join named_entity p on p.id = e.place_id"
                        + " where p.country_code is not null group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("events", "Event", "country: " + quote(code),
                        EVENTS.formatted("e.place_id in (select p.id from named_entity p where p.country_code = ?)"), List.of(code));
            }
            case "events participant" -> {
                long entity = key("select entity_id from event_participant group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("events", "Event", "participant: " + quote(entityId(entity)),
                        EVENTS.formatted("e.id in (select p.event_id from event_participant p where p.entity_id = ?)"), List.of(entity));
            }
            case "events text" -> {
                String word = one("select w from event e, unnest(string_to_array(lower(e.title), ' ')) w where length(w) > 4"
                        + " group by w order by count(*) desc, w limit 1");
                yield new Case("events", "Event", "text: " + quote(word),
                        EVENTS.formatted("e.search @@ websearch_to_tsquery('english', ?)"), List.of(word));
            }
            case "incidents" -> new Case("incidents", "Incident", "", INCIDENTS.formatted("true"), List.of());
            case "incidents oldest" -> new Case("incidents", "Incident", "order: OLDEST_FIRST",
                    "select i.id from incident i order by i.sort_date, i.id", List.of());
            case "incidents type" -> {
                String type = one("select type from incident group by type order by count(*) desc, type limit 1");
                yield new Case("incidents", "Incident", "type: [" + type + "]", INCIDENTS.formatted("i.type = ?"), List.of(type));
            }
            case "incidents from to" -> {
                List<Object> range = dates("select occurred_on from incident where occurred_on is not null");
                yield new Case("incidents", "Incident", "from: " + quote(range.get(0)) + ", to: " + quote(range.get(1)),
                        INCIDENTS.formatted("i.occurred_on between cast(? as date) and cast(? as date)"), range);
            }
            case "incidents within" -> {
                long country = key("select c.id from incident i join named_entity p on p.id = i.place_id"
                        + " join named_entity c on c.kind = 'COUNTRY' and c.country_code = p.country_code group by c.id order by count(*) desc, c.id limit 1");
                yield new Case("incidents", "Incident", "within: " + quote(id("Place", country)),
                        INCIDENTS.formatted("i.place_id in " + WITHIN), List.of(country, country));
            }
            case "incidents within province" -> {
                long province = key("select p.parent_id from incident i join named_entity p on p.id = i.place_id"
                        + " join named_entity r on r.id = p.parent_id where r.kind <> 'COUNTRY' group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("incidents", "Incident", "within: " + quote(id("Place", province)),
                        INCIDENTS.formatted("i.place_id in " + WITHIN), List.of(province, province));
            }
            case "incidents country" -> {
                String code = one("select p.country_code from incident i join named_entity p on p.id = i.place_id"
                        + " where p.country_code is not null group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("incidents", "Incident", "country: " + quote(code),
                        INCIDENTS.formatted("i.place_id in (select p.id from named_entity p where p.country_code = ?)"), List.of(code));
            }
            case "incidents perpetrator" -> {
                long entity = key("select entity_id from incident_actor where role = 'PERPETRATOR' and entity_id is not null"
                        + " group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("incidents", "Incident", "perpetrator: " + quote(entityId(entity)),
                        INCIDENTS.formatted("i.id in (select a.incident_id from incident_actor a where a.role = 'PERPETRATOR' and a.entity_id = ?)"),
                        List.of(entity));
            }
            case "incidents minKilled" -> {
                int killed = (int) key("select percentile_disc(0.5) within group (order by value) from incident_figure where kind = 'KILLED'");
                yield new Case("incidents", "Incident", "minKilled: " + killed,
                        INCIDENTS.formatted("i.id in (select f.incident_id from incident_figure f where f.kind = 'KILLED' and f.value >= ?)"),
                        List.of(killed));
            }
            case "incidents text" -> {
                String word = one("select w from incident i, unnest(string_to_array(lower(i.title), ' ')) w where length(w) > 4"
                        + " group by w order by count(*) desc, w limit 1");
                yield new Case("incidents", "Incident", "text: " + quote(word),
                        INCIDENTS.formatted("i.search @@ websearch_to_tsquery('english', ?)"), List.of(word));
            }
            case "organizations" -> entities("organizations", "Organization", "ORGANIZATION", "", "true", List.of());
            case "organizations text" -> {
                String word = nameWord("ORGANIZATION");
                yield entities("organizations", "Organization", "ORGANIZATION", "text: " + quote(word),
                        "e.search @@ websearch_to_tsquery('simple', ?)", List.of(word));
            }
            case "organizations kind" -> {
                String kind = one("select kind from named_entity where type = 'ORGANIZATION' group by kind order by count(*) desc, kind limit 1");
                yield entities("organizations", "Organization", "ORGANIZATION", "kind: " + kind, "e.kind = ?", List.of(kind));
            }
            case "organizations country" -> {
                String code = one("select country_code from named_entity where type = 'ORGANIZATION' and country_code is not null"
                        + " group by 1 order by count(*) desc, 1 limit 1");
                yield entities("organizations", "Organization", "ORGANIZATION", "country: " + quote(code), "e.country_code = ?", List.of(code));
            }
            case "people" -> entities("people", "Person", "PERSON", "", "true", List.of());
            case "people text" -> {
                String word = nameWord("PERSON");
                yield entities("people", "Person", "PERSON", "text: " + quote(word), "e.search @@ websearch_to_tsquery('simple', ?)", List.of(word));
            }
            case "people organization" -> {
                long organization = key("select organization_id from person_role where organization_id is not null"
                        + " group by 1 order by count(*) desc, 1 limit 1");
                yield entities("people", "Person", "PERSON", "organization: " + quote(id("Organization", organization)),
                        "e.id in (select r.person_id from person_role r where r.organization_id = ?)", List.of(organization));
            }
            case "places" -> entities("places", "Place", "PLACE", "", "true", List.of());
            case "places text" -> {
                String word = nameWord("PLACE");
                yield entities("places", "Place", "PLACE", "text: " + quote(word), "e.search @@ websearch_to_tsquery('simple', ?)", List.of(word));
            }
            case "places kind" -> {
                String kind = one("select kind from named_entity where type = 'PLACE' group by kind order by count(*) desc, kind limit 1");
                yield entities("places", "Place", "PLACE", "kind: " + kind, "e.kind = ?", List.of(kind));
            }
            case "places country" -> {
                String code = one("select country_code from named_entity where type = 'PLACE' and country_code is not null"
                        + " group by 1 order by count(*) desc, 1 limit 1");
                yield entities("places", "Place", "PLACE", "country: " + quote(code), "e.country_code = ?", List.of(code));
            }
            case "places within" -> {
                long country = key("select c.id from named_entity c join named_entity p on p.parent_id = c.id"
                        + " where c.kind = 'COUNTRY' group by c.id order by count(*) desc, c.id limit 1");
                yield entities("places", "Place", "PLACE", "within: " + quote(id("Place", country)), "e.id in " + WITHIN,
                        List.of(country, country));
            }
            case "statements" -> new Case("statements", "Statement", "", STATEMENTS.formatted("true"), List.of());
            case "statements speaker" -> {
                long speaker = key("select speaker_id from statement where speaker_id is not null group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("statements", "Statement", "speaker: " + quote(entityId(speaker)), STATEMENTS.formatted("s.speaker_id = ?"),
                        List.of(speaker));
            }
            case "statements kind" -> {
                String kind = one("select kind from statement group by kind order by count(*) desc, kind limit 1");
                yield new Case("statements", "Statement", "kind: " + kind, STATEMENTS.formatted("s.kind = ?"), List.of(kind));
            }
            case "statements about" -> {
                long entity = key("select entity_id from statement_about group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("statements", "Statement", "about: " + quote(entityId(entity)),
                        STATEMENTS.formatted("s.id in (select a.statement_id from statement_about a where a.entity_id = ?)"), List.of(entity));
            }
            case "statements article" -> {
                long article = key("select article_id from statement group by 1 order by count(*) desc, 1 limit 1");
                yield new Case("statements", "Statement", "article: " + quote(id("Article", article)), STATEMENTS.formatted("s.article_id = ?"),
                        List.of(article));
            }
            case "statements from to" -> {
                List<Object> range = dates("select said_on from statement where said_on is not null");
                yield new Case("statements", "Statement", "from: " + quote(range.get(0)) + ", to: " + quote(range.get(1)),
                        STATEMENTS.formatted("s.said_on between cast(? as date) and cast(? as date)"), range);
            }
            case "statements text" -> {
                String word = one("select w from statement s, unnest(string_to_array(lower(s.text), ' ')) w where length(w) > 5"
                        + " group by w order by count(*) desc, w limit 1");
                yield new Case("statements", "Statement", "text: " + quote(word),
                        STATEMENTS.formatted("s.search @@ websearch_to_tsquery('english', ?)"), List.of(word));
            }
            default -> throw new IllegalArgumentException(filter);
        };
    }

    private static Case entities(String connection, String type, String entityType, String arguments, String condition, List<Object> parameters) {
        return new Case(connection, type, arguments, ENTITIES.formatted(entityType, condition), parameters);
    }

    /** The keys of the whole connection in its order, read two per page forward (first/after) or backward (last/before). */
    private List<Long> walk(Case c, boolean forward) {
        String arguments = c.arguments().isEmpty() ? "" : ", " + c.arguments();
        String query = forward
                ? "query($cursor: String) { " + c.connection() + "(first: 2, after: $cursor" + arguments + ") {"
                        + " totalCount nodes { id } pageInfo { hasNextPage endCursor } } }"
                : "query($cursor: String) { " + c.connection() + "(last: 2, before: $cursor" + arguments + ") {"
                        + " totalCount nodes { id } pageInfo { hasPreviousPage startCursor } } }";
        List<List<Long>> pages = new ArrayList<>();
        List<Long> keys = new ArrayList<>();
        String cursor = null;
        long total;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("cursor", cursor);
            JsonPath json = GraphQLClient.data(query, variables);
            total = json.getLong(c.connection() + ".totalCount");
            List<Long> page = json.<String>getList(c.connection() + ".nodes.id").stream().map(id -> GlobalId.decode(id).key()).toList();
            pages.add(page);
            boolean more = json.getBoolean(c.connection() + ".pageInfo." + (forward ? "hasNextPage" : "hasPreviousPage"));
            cursor = more ? json.getString(c.connection() + ".pageInfo." + (forward ? "endCursor" : "startCursor")) : null;
        } while (cursor != null && pages.size() < 1000);
        if (!forward) {
            Collections.reverse(pages);
        }
        pages.forEach(keys::addAll);
        assertEquals(total, keys.size(), c + ": totalCount");
        return keys;
    }

    private List<Long> keys(String sql, List<Object> parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Long> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
            return keys;
        }
    }

    private String one(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next() || rows.getString(1) == null) {
                throw new AssertionError("the sample graph has nothing for: " + sql);
            }
            return rows.getString(1);
        }
    }

    private long key(String sql) throws SQLException {
        return Long.parseLong(one(sql));
    }

    /** A range of days that holds about the middle half of the given dates. */
    private List<Object> dates(String sql) throws SQLException {
        return List.of(one("select cast(percentile_disc(0.25) within group (order by d) as text) from (" + sql + ") x(d)"),
                one("select cast(percentile_disc(0.75) within group (order by d) as text) from (" + sql + ") x(d)"));
    }

    /** The word of names of this type that the most of them share. */
    private String nameWord(String type) throws SQLException {
        return one("select w from named_entity e, unnest(string_to_array(lower(e.name), ' ')) w where e.type = '" + type + "'"
                + " and length(w) > 3 group by w order by count(*) desc, w limit 1");
    }

    private String entityId(long key) throws SQLException {
        String type = one("select type from named_entity where id = " + key);
        return id(switch (type) {
            case "PERSON" -> "Person";
            case "ORGANIZATION" -> "Organization";
            default -> "Place";
        }, key);
    }

    private static String id(String type, long key) {
        return GlobalId.encode(dev.newsgraph.graphql.node.NodeType.valueOf(type), key);
    }

    private static String quote(Object value) {
        return "\"" + value + "\"";
    }
}
