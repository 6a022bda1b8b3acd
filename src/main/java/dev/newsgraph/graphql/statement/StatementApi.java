package dev.newsgraph.graphql.statement;

import dev.newsgraph.domain.StatementKind;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.node.Entity;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.graphql.node.NodeType;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.page.TextFilters;
import dev.newsgraph.graphql.page.SortType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatesDatabaseFailures
public class StatementApi {
    @Inject
    NodeLoader loader;
    @Inject
    TextFilters textFilters;
    @Inject
    Pagers pagers;
    @Inject
    StatementWindows windows;

    @Query
    @NonNull
    @Description("Quotes and reported statements, newest first.")
    public StatementConnection statements(
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before,
            @Id @Description("Only statements by this speaker (a person, organization or place).") String speaker,
            @Description("Only statements of this kind.") StatementKind kind,
            @Id @Description("Only statements about this person, organization or place.") String about,
            @Id @Description("Only statements of this article.") String article,
            @Description("Said on or after this day.") LocalDate from,
            @Description("Said on or before this day.") LocalDate to,
            @Description("Full-text search in the statement text." + TextFilters.COMMON_WORDS) String text) {
        return pagers.statements.root(rows(speaker, kind, about, article, from, to, text), pagers.request(first, after, last, before));
    }

    /** The rows {@link #statements} pages through, filtered: shared with the compiled read path (graphql/compiled). */
    public Rows rows(String speaker, StatementKind kind, String about, String article, LocalDate from, LocalDate to, String text) {
        Rows rows = Rows.of("select 0 as parent, s.id, s.id as sort_value from statement s where true", SortType.BIGINT, true);
        if (speaker != null) {
            rows = rows.and("s.speaker_id = :speaker").with("speaker", GlobalId.decodeEntity(speaker, "speaker"));
        }
        if (kind != null) {
            rows = rows.and("s.kind = :kind").with("kind", kind.name());
        }
        if (about != null) {
            rows = rows.and("exists (select 1 from statement_about a where a.statement_id = s.id and a.entity_id = :about)")
                    .with("about", GlobalId.decodeEntity(about, "about"));
        }
        if (article != null) {
            rows = rows.and("s.article_id = :article").with("article", GlobalId.decode(article, NodeType.Article, "article"));
        }
        if (from != null) {
            rows = rows.andProbed("s.said_on >= :from").with("from", from);
        }
        if (to != null) {
            rows = rows.andProbed("s.said_on <= :to").with("to", to);
        }
        if (from != null && to != null) {
            Long[] ids = windows.ids(from, to);
            if (ids != null) {
                rows = ids[0] == null ? rows.and("false") // nothing said in the window
                        : rows.and("s.id between :windowFirst and :windowLast").with("windowFirst", ids[0]).with("windowLast", ids[1]);
            }
        }
        if (text != null) {
            rows = textFilters.matching(rows, "s", "statement", "english", text);
        }
        return rows;
    }

    @Description("Who said it: a Person, an Organization, or a Place standing for its government.")
    public List<Entity> speaker(@Source List<StatementNode> statements) {
        return loader.one(statements, StatementNode::speakerKey, loader::entities);
    }

    @NonNull
    @Description("The article that reports it.")
    public List<@NonNull ArticleNode> article(@Source List<StatementNode> statements) {
        return loader.one(statements, StatementNode::articleKey, loader::articles);
    }

    @Description("Where it was said: a place or an institution such as a university.")
    public List<Entity> venue(@Source List<StatementNode> statements) {
        return loader.one(statements, StatementNode::venueKey, loader::entities);
    }

    @NonNull
    @Description("The people, organizations and places it is about.")
    public List<@NonNull List<@NonNull Entity>> about(@Source List<StatementNode> statements) {
        return loader.many(statements, StatementNode::key,
                "select statement_id, entity_id from statement_about where statement_id = any(?) order by id", loader::entities);
    }
}
