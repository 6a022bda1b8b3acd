package dev.newsgraph.graphql.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.graphql.GeneratedArticles;
import dev.newsgraph.graphql.GraphQLClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The link between two frontiers that a path looks for when both have hubs: found for every kind of link, either
 * way, among other nodes of both kinds, and none between nodes that no link joins.
 */
@QuarkusTest
class PathMeetingTest {
    /** For each kind of link, the SQL of one (typed node keys of its two ends), as the graph's tables hold them. */
    private static final List<String> LINKS = List.of(
            "select 'A' || article_id, 'E' || entity_id from mention",
            "select 'A' || article_id, 'S' || id from statement",
            "select 'S' || id, 'E' || speaker_id from statement where speaker_id is not null",
            "select 'S' || id, 'E' || venue_id from statement where venue_id is not null",
            "select 'S' || statement_id, 'E' || entity_id from statement_about",
            "select 'A' || article_id, 'I' || incident_id from incident_article",
            "select 'I' || id, 'E' || place_id from incident where place_id is not null",
            "select 'I' || c.incident_id, 'E' || c.entity_id from incident_actor c where c.entity_id is not null",
            "select 'E' || id, 'E' || parent_id from named_entity where parent_id is not null",
            "select 'E' || person_id, 'E' || organization_id from person_role where organization_id is not null",
            "select 'E' || person_id, 'E' || place_id from person_role where place_id is not null");

    @Inject
    PathApi paths;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLinkBetweenTwoFrontiersIsFoundEitherWay() throws SQLException {
        GraphQLClient.asEditor().data(GeneratedArticles.INGEST,
                Map.of("input", List.of(GeneratedArticles.article("Meeting" + System.nanoTime(), 2))));
        String[] unlinked = {"A0", "E0", "S0", "I0"}; // keys of no node
        for (String sql : LINKS) {
            String[] link = newest(sql);
            assertArrayEquals(link, paths.meeting(List.of(link[0]), List.of(link[1])), sql);
            assertArrayEquals(new Object[] {link[1], link[0]}, paths.meeting(List.of(link[1]), List.of(link[0])), sql + ", the other way");
            assertArrayEquals(link, paths.meeting(List.of(unlinked[0], link[0], unlinked[1]), List.of(unlinked[2], link[1], unlinked[3])),
                    sql + ", among other nodes");
            assertNull(paths.meeting(List.of(link[0]), List.of(unlinked)), sql + ": no link to nodes that do not exist");
        }
        String[] articles = newest("select 'A' || min(id), 'A' || max(id) from article");
        assertNull(paths.meeting(List.of(articles[0]), List.of(articles[1])), "no link joins two articles");
    }

    /** The last row of the SQL's link kind, as two typed node keys. */
    private String[] newest(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select * from (" + sql + ") l(near, far) order by near desc, far desc limit 1")) {
            if (!row.next()) {
                throw new AssertionError("the sample graph has no link for: " + sql);
            }
            return new String[] {row.getString(1), row.getString(2)};
        }
    }
}
