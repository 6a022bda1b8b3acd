package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsgraph.graphql.GraphQLClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The articles of one request are checked against one look-up of the stored entities, then each is stored in a
 * transaction of its own: what an earlier article of the batch created is matched by a later one, and a database failure
 * while storing one article rolls back that article only.
 */
@QuarkusTest
class BatchIngestTest {
    static final String INGEST = """
            mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status created { name } matched { name } } }""";

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> article(String headline, String person, String alias) {
        return Map.of("headline", headline,
                "paragraphs", List.of(person + " spoke on Monday (" + headline + ")."),
                "people", List.of(Map.of("name", person, "aliases", List.of(alias))));
    }

    static long people(String text) {
        return GraphQLClient.data("query($t: String!) { people(text: $t) { totalCount } }", Map.of("t", text)).getLong("people.totalCount");
    }

    @Test
    void twoArticlesOfABatchDeclaringTheSameNewPersonCreateItOnce() {
        JsonPath outcome = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(
                article("Batchmate speaks first", "Olena Batchmate", "Batchmate"),
                // Named by its alias only: the entity the first article created is matched, and gains nothing new.
                article("Batchmate speaks again", "Batchmate", "Olena Batchmate"))));
        assertEquals(List.of("CREATED", "CREATED"), outcome.getList("ingestArticles.status"));
        assertEquals(List.of("Olena Batchmate"), outcome.getList("ingestArticles[0].created.name"));
        assertEquals(List.of(), outcome.getList("ingestArticles[1].created.name"));
        assertEquals(List.of("Olena Batchmate"), outcome.getList("ingestArticles[1].matched.name"));
        assertEquals(1, people("Batchmate"));
    }

    /**
     * A failure only the database sees (here a constraint the test adds for the occasion) in the second of three
     * articles: the first stays stored, nothing of the second is (not its article, not the person it created), and the
     * request answers with an error.
     */
    @Test
    void aDatabaseFailureInTheMiddleArticleRollsBackThatArticleOnly() throws SQLException {
        Map<String, Object> doomed = new HashMap<>(article("Rollback second story", "Bruno Rollbackmiddle", "Rollbackmiddle"));
        doomed.put("places", List.of(Map.of("name", "Rollbackton", "kind", "CITY", "countryCode", "UA")));
        doomed.put("incidents", List.of(Map.of("type", "ATTACK", "title", "Doomed rollback attack", "place", "Rollbackton")));
        execute("alter table incident add constraint test_refuses_doomed check (title <> 'Doomed rollback attack')");
        Response response;
        try {
            response = GraphQLClient.asEditor().post(INGEST, Map.of("input", List.of(
                    article("Rollback first story", "Anna Rollbackfirst", "Rollbackfirst"), doomed,
                    article("Rollback third story", "Carla Rollbackthird", "Rollbackthird"))));
        } finally {
            execute("alter table incident drop constraint test_refuses_doomed");
        }
        assertNotNull(response.jsonPath().get("errors"), response.asString());
        assertEquals(1, people("Rollbackfirst"), "the first article is stored");
        assertEquals(0, people("Rollbackmiddle"), "nothing of the failed article is stored: " + response.asString());
        assertEquals(0, GraphQLClient.data("{ places(text: \"Rollbackton\") { totalCount } }").getLong("places.totalCount"));
        assertEquals(0, GraphQLClient.data("{ articles(text: \"Rollback second story\") { totalCount } }").getLong("articles.totalCount"));

        // Without the failure the same batch stores what is missing and finds the first article stored.
        JsonPath again = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(
                article("Rollback first story", "Anna Rollbackfirst", "Rollbackfirst"), doomed)));
        assertEquals(List.of("UNCHANGED", "CREATED"), again.getList("ingestArticles.status"));
        assertEquals(1, people("Rollbackmiddle"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
