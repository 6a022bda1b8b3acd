package dev.newsgraph.graphql.explore;

import dev.newsgraph.db.Reads;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.page.PageLimits;
import dev.newsgraph.graphql.page.TextFilters;
import dev.newsgraph.error.LimitExceededException;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@TranslatesDatabaseFailures
public class SearchApi {
    /** How many of the newest matches of each kind are ranked. */
    static final int CANDIDATES = 500;
    /** How many matches of a table are collected before its newest rows are walked instead (see newestMatches). */
    static final int PROBED = 20_000;
    /** How many of the newest rows of a table are walked for its candidates first (see newestMatches). */
    static final int RECENT = 5_000;

    @Inject
    Reads reads;
    @Inject
    NodeLoader loader;
    @Inject
    PageLimits limits;
    @Inject
    TextFilters textFilters;

    @Query
    @NonNull
    @Description("Full-text search across articles, people, organizations, places, statements and incidents, best first"
            + " among the " + CANDIDATES + " most recent matches of each kind.")
    public List<@NonNull SearchHit> search(
            @NonNull @Description("Words to find (web search syntax: words, \"phrases\", -not, or).") String text,
            @DefaultValue("20") @Description("How many hits, at most the maximum page size.") @Name("first") Integer requested) {
        int first = requested == null ? 20 : requested; // an explicit null asks for the default too
        if (text.isBlank()) {
            throw new BadUserInputException("'text' must not be blank");
        }
        if (first < 0 || first > limits.maxSize()) {
            throw new LimitExceededException("'first' must be between 0 and " + limits.maxSize() + ", was " + first);
        }
        // Ranks only the newest matches of each kind (ts_rank reads each match's whole tsvector: a common word matches
        // most of a million articles), and snippets only the hits kept, after the limit (ts_headline re-parses the text).
        String sql = "with "
                + newestMatches("newest_a", "article", "english", "sort_date", text) + ", "
                + newestMatches("newest_e", "named_entity", "simple", null, text) + ", "
                + newestMatches("newest_s", "statement", "english", null, text) + ", "
                + newestMatches("newest_i", "incident", "english", "sort_date", text) + ", "
                + """
                        hits as (
                            select 'A' as kind, id, ts_rank(search, websearch_to_tsquery('english', :text)) as rank from newest_a
                            union all select 'E', id, ts_rank(search, websearch_to_tsquery('simple', :text)) * 2 from newest_e
                            union all select 'S', id, ts_rank(search, websearch_to_tsquery('english', :text)) from newest_s
                            union all select 'I', id, ts_rank(search, websearch_to_tsquery('english', :text)) from newest_i
                            order by rank desc, kind, id limit :first),
                        q(english, simple) as (select websearch_to_tsquery('english', :text), websearch_to_tsquery('simple', :text))
                        select hits.kind, hits.id, hits.rank, case hits.kind
                            when 'A' then (select ts_headline('english', a.headline || '. ' || join_text(a.paragraphs), q.english, :options) from article a where a.id = hits.id)
                            when 'E' then (select ts_headline('simple', concat_ws(' · ', e.name, nullif(array_to_string(e.aliases, ', '), '')), q.simple, :options) from named_entity e where e.id = hits.id)
                            when 'S' then (select ts_headline('english', s.text, q.english, :options) from statement s where s.id = hits.id)
                            else (select ts_headline('english', i.title, q.english, :options) from incident i where i.id = hits.id) end
                        from hits, q order by hits.rank desc, hits.kind, hits.id""";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reads.run(session -> session.createNativeQuery(sql)
                .setParameter("text", text).setParameter("first", first)
                .setParameter("options", Snippet.HEADLINE_OPTIONS).getResultList());
        Map<String, List<Long>> byKind = rows.stream().collect(Collectors.groupingBy(row -> (String) row[0],
                Collectors.mapping(row -> ((Number) row[1]).longValue(), Collectors.toList())));
        Map<String, Node> nodes = new HashMap<>();
        byKind.forEach((kind, ids) -> {
            Map<Long, ?> loaded = switch (kind) {
                case "A" -> loader.articles(ids);
                case "S" -> loader.statements(ids);
                case "I" -> loader.incidents(ids);
                default -> loader.entities(ids);
            };
            loaded.forEach((id, node) -> nodes.put(kind + id, (Node) node));
        });
        return rows.stream()
                .map(row -> {
                    Node node = nodes.get((String) row[0] + ((Number) row[1]).longValue());
                    return node == null ? null
                            : new SearchHit(node, ((Number) row[2]).doubleValue(), Snippet.fromMarked((String) row[3]));
                })
                .filter(Objects::nonNull).toList();
    }

    /**
     * The newest {@link #CANDIDATES} matches of one table as CTE {@code alias} (id, search). The newest
     * {@link #RECENT} rows are walked first when the column's statistics say that the words are common enough to
     * fill the candidates there (walking them cost 2 to 6 ms a table for a rare word): a common word has its candidates there (collecting a few thousand of its
     * matches in any order first cost 40 to 130 ms at a million articles). Only when they hold too few, up to PROBED
     * matches are collected in whatever order is fastest (from the GIN index for a rare word), their keys only, and
     * sorted when that is all of them (a word in 3,209 places of the 1M-article graph, none of them recent, walked
     * 375,000 entities when this stopped at 2,000); a word with more matches walks the newest rows until it has its
     * candidates. The planner cannot guess how many rows a word it has no statistics for matches, and walking for one
     * that is in no row reads the whole table.
     */
    private String newestMatches(String alias, String table, String config, String sortDate, String text) {
        String order = sortDate == null ? "id desc" : sortDate + " desc, id desc";
        // Words rarer than CANDIDATES in RECENT rows by the column's statistics cannot fill the candidates there.
        boolean common = textFilters.share(table, config, text) * RECENT >= CANDIDATES;
        return """
                %1$s_recent as materialized (select id, search from (select id, search, search @@ websearch_to_tsquery('%3$s', :text) as hit
                    from %2$s %9$s order by %4$s limit %8$d) r where hit limit %6$d),
                %1$s_probe as materialized (select id%7$s from %2$s where (select count(*) from %1$s_recent) < %6$d
                    and search @@ websearch_to_tsquery('%3$s', :text) limit %5$d),
                %1$s as ((select id, search from %1$s_recent where (select count(*) from %1$s_recent) = %6$d)
                    union all (select t.id, t.search from (select id from %1$s_probe where (select count(*) from %1$s_probe) < %5$d
                                                           order by %4$s limit %6$d) p join %2$s t on t.id = p.id)
                    union all (select id, search from %2$s where (select count(*) from %1$s_probe) = %5$d
                               and search @@ websearch_to_tsquery('%3$s', :text) order by %4$s limit %6$d))"""
                .formatted(alias, table, config, order, PROBED + 1, CANDIDATES, sortDate == null ? "" : ", " + sortDate, RECENT,
                        common ? "" : "where false");
    }
}
