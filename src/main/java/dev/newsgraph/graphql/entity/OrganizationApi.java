package dev.newsgraph.graphql.entity;

import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.CountryCodes;
import dev.newsgraph.graphql.Pagers;
import dev.newsgraph.graphql.article.ArticleConnection;
import dev.newsgraph.graphql.incident.IncidentConnection;
import dev.newsgraph.graphql.page.Rows;
import dev.newsgraph.graphql.statement.StatementConnection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatesDatabaseFailures
public class OrganizationApi {
    @Inject
    Pagers pagers;
    @Inject
    EntityRows entityRows;

    @Query
    @NonNull
    @Description("Organizations in the news, by name.")
    public OrganizationConnection organizations(
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before,
            @Description("Search in names and aliases, e.g. 'BLA'.") String text,
            @Description("Only organizations of this kind.") OrganizationKind kind,
            @Description("Only organizations of this country (ISO 3166-1 alpha-2 code).") String country) {
        return pagers.organizations.root(rows(text, kind, country), pagers.request(first, after, last, before));
    }

    /** The rows {@link #organizations} pages through, filtered: shared with the compiled read path (graphql/compiled). */
    public Rows rows(String text, OrganizationKind kind, String country) {
        Rows rows = entityRows.named("ORGANIZATION", text);
        if (kind != null) {
            rows = rows.and("e.kind = :kind").with("kind", kind.name());
        }
        if (country != null) {
            rows = rows.and("e.country_code = :country").with("country", CountryCodes.require(country));
        }
        return rows;
    }

    @NonNull
    @Description("What the organization said, newest first.")
    public List<@NonNull StatementConnection> statements(@Source List<OrganizationNode> organizations,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.statements.nested(Pagers.statementsBy(), keys(organizations), pagers.request(first, after, last, before));
    }

    @NonNull
    @Description("Incidents the organization is a perpetrator of (stated, claimed or suspected), newest first.")
    public List<@NonNull IncidentConnection> incidents(@Source List<OrganizationNode> organizations,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.incidents.nested(Pagers.incidentsPerpetratedBy(), keys(organizations), pagers.request(first, after, last, before));
    }

    @NonNull
    @Description("Articles mentioning the organization, newest first.")
    public List<@NonNull ArticleConnection> articles(@Source List<OrganizationNode> organizations,
            @Description("Return the first n (after 'after').") Integer first,
            @Description("Cursor to continue forward from.") String after,
            @Description("Return the last n (before 'before').") Integer last,
            @Description("Cursor to continue backward from.") String before) {
        return pagers.articles.nested(Pagers.articlesMentioning(), keys(organizations), pagers.request(first, after, last, before));
    }

    private static List<Long> keys(List<OrganizationNode> organizations) {
        return organizations.stream().map(OrganizationNode::key).toList();
    }
}
