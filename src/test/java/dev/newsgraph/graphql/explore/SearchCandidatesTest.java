package dev.newsgraph.graphql.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GeneratedArticles;
import dev.newsgraph.graphql.GraphQLClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * search finds its candidates whichever way it collects them: a word the statistics call rare straight from the
 * index, a word common enough among the newest rows from them; every match of a rare word of every kind, nothing
 * that does not match.
 */
@QuarkusTest
class SearchCandidatesTest {
    private static final String SEARCH = "query($text: String!) { search(text: $text, first: 50) { rank node { __typename id } } }";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rareAndCommonWordsFindTheirMatches() throws SQLException {
        String series = "Candidates" + System.nanoTime();
        GraphQLClient.asEditor().data(GeneratedArticles.INGEST,
                Map.of("input", IntStream.rangeClosed(1, 3).mapToObj(n -> GeneratedArticles.article(series, n)).toList()));
        String common;
        long articles;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("analyze article, named_entity, statement, incident");
            articles = count(sql, "select count(*) from article where search @@ websearch_to_tsquery('english', '" + series + "')");
            common = one(sql, """
                    select e.word from pg_stats s
                    cross join lateral unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) e (word, share)
                    where s.schemaname = current_schema() and s.tablename = 'article' and s.attname = 'search' and e.share >= 0.1
                    and e.word ~ '^[a-z]+$' and cast(websearch_to_tsquery('english', e.word) as text) = '''' || e.word || ''''
                    order by e.share desc, e.word limit 1""");
        }
        List<Map<String, Object>> rare = GraphQLClient.data(SEARCH, Map.of("text", series)).getList("search");
        Set<String> kinds = new HashSet<>();
        rare.forEach(hit -> kinds.add((String) ((Map<?, ?>) hit.get("node")).get("__typename")));
        assertTrue(kinds.containsAll(Set.of("Article", "Person", "Organization", "Place")), kinds.toString());
        assertEquals(articles, rare.stream().filter(hit -> "Article".equals(((Map<?, ?>) hit.get("node")).get("__typename"))).count(),
                "every article of the series");
        assertTrue(GraphQLClient.data(SEARCH, Map.of("text", series + " -" + series)).getList("search").isEmpty(), "nothing else");

        List<Map<String, Object>> frequent = GraphQLClient.data(SEARCH, Map.of("text", common)).getList("search");
        assertFalse(frequent.isEmpty(), common);
        for (int i = 1; i < frequent.size(); i++) {
            assertTrue(((Number) frequent.get(i - 1).get("rank")).doubleValue() >= ((Number) frequent.get(i).get("rank")).doubleValue(),
                    "best first");
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        return Long.parseLong(one(sql, query));
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getString(1);
        }
    }
}
