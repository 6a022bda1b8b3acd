package dev.newsgraph.graphql.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A text filter is walked only when every word it requires is common by the column's statistics: a negation or
 * alternatives of common words, or only negated words; not a word the statistics do not list.
 */
@QuarkusTest
class TextFiltersTest {
    @Inject
    TextFilters filters;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyFiltersOfCommonWordsAreWalkedOnly() throws SQLException {
        String series = "Filter" + System.nanoTime(); // a word of no article
        String common;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("analyze article");
            try (ResultSet row = sql.executeQuery("""
                    select e.word from pg_stats s
                    cross join lateral unnest(cast(cast(s.most_common_elems as text) as text[]), s.most_common_elem_freqs) e (word, share)
                    where s.schemaname = current_schema() and s.tablename = 'article' and s.attname = 'search' and e.share >= 0.05
                    and e.word ~ '^[a-z]+$' and cast(websearch_to_tsquery('english', e.word) as text) = '''' || e.word || ''''
                    order by e.share desc, e.word limit 1""")) {
                assertTrue(row.next(), "some word is in a twentieth of the articles");
                common = row.getString(1);
            }
        }
        String rare = "nosuchword" + System.nanoTime();
        Rows articles = Rows.of("select 0 as parent, a.id, a.sort_date as sort_value from article a where true", SortType.DATE, true);
        assertTrue(walkedOnly(articles, common + " -" + series), "a common word but for a rare one");
        assertTrue(walkedOnly(articles, "\"" + common + " " + common + "\""), "a phrase of common words");
        assertTrue(walkedOnly(articles, "-" + rare), "only a negation");
        assertTrue(walkedOnly(articles, rare + " or " + common), "alternatives, one common");
        assertFalse(walkedOnly(articles, common + " " + rare), "a common and a rare word");
        assertFalse(walkedOnly(articles, rare), "a rare word");
        assertFalse(walkedOnly(articles, rare + " or " + rare + "x"), "alternatives, both rare");
    }

    private boolean walkedOnly(Rows rows, String text) {
        return filters.matching(rows, "a", "article", "english", text).walkOnly();
    }
}
