package dev.newsgraph.graphql.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GeneratedArticles;
import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * People, organizations and places by text, through the words of their names (V12's named_entity_word) or the GIN
 * index, give what the search vector gives for every kind of search a user types: one word, a word of an alias, two
 * words, a phrase, a negation, alternatives, only a negation, mixed case, a word of no name; in name order, paged
 * forward two at a time, counted. The words stay those of the search vectors whatever changes the names.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameSearchTest {
    private static final String SERIES = "Namesearch" + System.nanoTime() % 100_000;
    private static final Map<String, String> LISTS = Map.of("PERSON", "people", "ORGANIZATION", "organizations", "PLACE", "places");

    @Inject
    AgroalDataSource dataSource;

    private boolean ingested;

    private void ingest() {
        if (ingested) {
            return;
        }
        ingested = true;
        GraphQLClient.asEditor().data(GeneratedArticles.INGEST,
                Map.of("input", IntStream.rangeClosed(1, 5).mapToObj(n -> GeneratedArticles.article(SERIES, n)).toList()));
    }

    @Test
    void everyKindOfSearchGivesWhatTheSearchVectorGives() throws SQLException {
        ingest();
        String s = SERIES.toLowerCase();
        List<String> searches = List.of(SERIES, s.toUpperCase(), "Anders", "Anders " + SERIES, "\"Alice Anders\"",
                "\"Anders Alice\"", SERIES + " -Bruno", SERIES + " 1 or " + SERIES + " 2", "-" + SERIES, SERIES + " 3", "Cityville " + SERIES + " 2",
                "Ministry", "Ministry -" + SERIES, "nosuchname" + s, "Berg " + SERIES + " 4");
        int found = 0;
        for (String type : LISTS.keySet()) {
            for (String search : searches) {
                List<Long> expected = keys("select id from named_entity where type = ? and search @@ websearch_to_tsquery('simple', ?)"
                        + " order by name, id", type, search);
                assertEquals(expected, walk(LISTS.get(type), search), type + " '" + search + "'");
                found += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(found > 15, "most searches find something: " + found);
    }

    @Test
    void theWordsFollowTheNames() throws SQLException {
        ingest();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            long person = keys("select id from named_entity where type = 'PERSON' and name like 'Alice Anders " + SERIES + " 1'").get(0);
            sql.executeUpdate("update named_entity set name = 'Alicia Renamed " + SERIES + "', aliases = array['Ally " + SERIES + "']"
                    + " where id = " + person);
            assertEquals(List.of(person), walk("people", "Ally " + SERIES), "a new alias is found");
            assertEquals(List.of(), walk("people", "Alice Anders " + SERIES + " 1"), "the old name is not");
            sql.executeUpdate("update named_entity set country_code = 'FR' where id = " + person); // the words' copy of the code
            long place = keys("select id from named_entity where type = 'PLACE' and name = 'Cityville " + SERIES + " 2'").get(0);
            long duplicate = keys("select id from named_entity where type = 'PLACE' and name = 'Cityville " + SERIES + " 3'").get(0);
            JsonPath merged = GraphQLClient.asAdmin().data("mutation($keep: ID!, $duplicate: ID!) { mergeEntities(keep: $keep,"
                    + " duplicate: $duplicate) { id } }", Map.of("keep", GlobalId.encode(NodeType.Place, place), "duplicate",
                    GlobalId.encode(NodeType.Place, duplicate)));
            assertFalse(merged.getString("mergeEntities.id").isEmpty());
            assertEquals(List.of(place), walk("places", "Cityville " + SERIES + " 3"), "the duplicate's name is now an alias");
            List<Long> stale = keys("""
                    (select id, type, word, name, kind, country_code, search from named_entity_word
                     except all select e.id, e.type, w, e.name, e.kind, e.country_code, e.search
                     from named_entity e, unnest(tsvector_to_array(e.search)) w)
                    union all (select e.id, e.type, w, e.name, e.kind, e.country_code, e.search
                               from named_entity e, unnest(tsvector_to_array(e.search)) w
                               except all select id, type, word, name, kind, country_code, search from named_entity_word)""");
            assertEquals(List.of(), stale, "the words are those of the search vectors, once each");
        }
    }

    /** The keys of the list, walked forward three at a time; checks totalCount on the way (an estimate beyond 100). */
    private List<Long> walk(String list, String text) {
        String query = "query($cursor: String, $text: String) { " + list + "(first: 3, after: $cursor, text: $text) {"
                + " totalCount nodes { id } pageInfo { hasNextPage endCursor } } }";
        List<Long> keys = new ArrayList<>();
        String cursor = null;
        long total;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("cursor", cursor);
            variables.put("text", text);
            JsonPath json = GraphQLClient.data(query, variables);
            total = json.getLong(list + ".totalCount");
            json.<String>getList(list + ".nodes.id").forEach(id -> keys.add(GlobalId.decode(id).key()));
            cursor = json.getBoolean(list + ".pageInfo.hasNextPage") ? json.getString(list + ".pageInfo.endCursor") : null;
        } while (cursor != null);
        if (keys.size() <= 100) {
            assertEquals(keys.size(), total, list + " '" + text + "': totalCount");
        } else {
            assertTrue(total > 100, list + " '" + text + "': totalCount " + total);
        }
        return keys;
    }

    private List<Long> keys(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
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
}
