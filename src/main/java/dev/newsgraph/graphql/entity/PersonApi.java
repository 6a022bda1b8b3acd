package dev.newsgraph.graphql.entity;

import dev.newsgraph.db.Reads;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.article.ArticleConnection;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.error.LimitExceededException;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.statement.StatementConnection;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public class PersonApi {
    private static final int MAX_CO_MENTIONS = 50;

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
    @Description("People in the news, by name.")
    public PersonConnection people(
            @Description("Return the first n people (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n people (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before,
            @Description("Search in names and aliases, e.g. 'Rutte'.") String text,
            @Id @Description("Only people with a role at this organization.") String organization) {
        return pagers.people.root(rows(text, organization), pagers.request(first, after, last, before));
    }

    /** The rows {@link #people} pages through, filtered: shared with the compiled read path (graphql/compiled). */
    public Rows rows(String text, String organization) {
        Rows rows = entityRows.named("PERSON", text);
        if (organization != null) {
            rows = rows.and("exists (select 1 from person_role r where r.person_id = e.id and r.organization_id = :organization)")
                    .with("organization", GlobalId.decode(organization, NodeType.Organization, "organization"));
        }
        return rows;
    }

    @NonNull
    @Description("What the person said, newest first.")
    public List<@NonNull StatementConnection> statements(@Source List<PersonNode> people,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.statements.nested(Pagers.statementsBy(), people.stream().map(PersonNode::key).toList(),
                pagers.request(first, after, last, before));
    }

    @NonNull
    @Description("Articles mentioning the person, newest first.")
    public List<@NonNull ArticleConnection> articles(@Source List<PersonNode> people,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.articles.nested(Pagers.articlesMentioning(), people.stream().map(PersonNode::key).toList(),
                pagers.request(first, after, last, before));
    }

    @NonNull
    @Description("The people most often mentioned in the same articles, most frequent first.")
    public List<@NonNull List<@NonNull CoMention>> mentionedWith(@Source List<PersonNode> people,
            @DefaultValue("5") @Description("How many, at most 50.") @Name("first") Integer requested) {
        int first = requested == null ? 5 : requested; // an explicit null asks for the default too
        if (first < 0 || first > MAX_CO_MENTIONS) {
            throw new LimitExceededException("'first' must be between 0 and " + MAX_CO_MENTIONS + ", was " + first);
        }
        List<Long> keys = people.stream().map(PersonNode::key).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reads.run(session -> session.createNativeQuery("""
                        select person, other, shared from (
                            select m1.entity_id as person, m2.entity_id as other, count(distinct m1.article_id) as shared,
                                   row_number() over (partition by m1.entity_id
                                                      order by count(distinct m1.article_id) desc, m2.entity_id) as rn
                            from mention m1
                            join mention m2 on m2.article_id = m1.article_id and m2.entity_id <> m1.entity_id
                            join named_entity e on e.id = m2.entity_id and e.type = 'PERSON'
                            where m1.entity_id = any(:keys)
                            group by m1.entity_id, m2.entity_id) ranked
                        where rn <= :first order by person, rn""")
                .setParameter("keys", keys.toArray(Long[]::new)).setParameter("first", first).getResultList());
        Map<Long, PersonNode> others = loader.people(rows.stream().map(row -> ((Number) row[1]).longValue()).distinct().toList());
        Map<Long, List<CoMention>> byPerson = new HashMap<>();
        for (Object[] row : rows) {
            byPerson.computeIfAbsent(((Number) row[0]).longValue(), key -> new ArrayList<>())
                    .add(new CoMention(others.get(((Number) row[1]).longValue()), ((Number) row[2]).intValue()));
        }
        return keys.stream().map(key -> byPerson.getOrDefault(key, List.of())).toList();
    }
}
