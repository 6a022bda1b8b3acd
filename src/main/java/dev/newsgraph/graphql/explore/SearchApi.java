package dev.newsgraph.graphql.explore;

import dev.newsgraph.db.Reads;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.node.Node;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.page.PageLimits;
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
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@TranslatesDatabaseFailures
public class SearchApi {
    @Inject
    Reads reads;
    @Inject
    NodeLoader loader;
    @Inject
    PageLimits limits;

    @Query
    @NonNull
    @Description("Full-text search across articles, people, organizations, places, statements and incidents, best first.")
    public List<@NonNull SearchHit> search(
            @NonNull @Description("Words to find (web search syntax: words, \"phrases\", -not, or).") String text,
            @DefaultValue("20") @Description("How many hits, at most the maximum page size.") int first) {
        if (text.isBlank()) {
            throw new BadUserInputException("'text' must not be blank");
        }
        if (first < 0 || first > limits.maxSize()) {
            throw new LimitExceededException("'first' must be between 0 and " + limits.maxSize() + ", was " + first);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reads.run(session -> session.createNativeQuery("""
                        with q(english, simple) as (select websearch_to_tsquery('english', :text), websearch_to_tsquery('simple', :text))
                        select kind, id, rank from (
                            select 'A' as kind, a.id, ts_rank(a.search, q.english) as rank from article a, q where a.search @@ q.english
                            union all select 'E', e.id, ts_rank(e.search, q.simple) * 2 from named_entity e, q where e.search @@ q.simple
                            union all select 'S', s.id, ts_rank(s.search, q.english) from statement s, q where s.search @@ q.english
                            union all select 'I', i.id, ts_rank(i.search, q.english) from incident i, q where i.search @@ q.english
                        ) hits order by rank desc, kind, id limit :first""")
                .setParameter("text", text).setParameter("first", first).getResultList());
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
                    return node == null ? null : new SearchHit(node, ((Number) row[2]).doubleValue());
                })
                .filter(Objects::nonNull).toList();
    }
}
