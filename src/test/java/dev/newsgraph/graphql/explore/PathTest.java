package dev.newsgraph.graphql.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.graphql.GeneratedArticles;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shortest paths found from both ends: their length, their ends in order, and no path beyond maxHops. */
@QuarkusTest
class PathTest {
    private static final String PATH = "query($from: ID!, $to: ID!, $maxHops: Int!) { path(from: $from, to: $to, maxHops: $maxHops) { hops nodes { id } } }";

    @Test
    void shortestPathsRunFromStartToGoal() {
        String series = "Path" + System.nanoTime();
        JsonPath ingested = GraphQLClient.asEditor().data(GeneratedArticles.INGEST, Map.of("input", List.of(GeneratedArticles.article(series, 1))));
        String article = ingested.getString("ingestArticles[0].article.id");
        String alice = ingested.getString("ingestArticles[0].created.find { it.name == 'Alice Anders " + series + " 1' }.id");
        String bruno = ingested.getString("ingestArticles[0].created.find { it.name == 'Bruno Berg " + series + " 1' }.id");

        JsonPath oneHop = GraphQLClient.data(PATH, Map.of("from", article, "to", alice, "maxHops", 4));
        assertEquals(1, oneHop.getInt("path.hops"));
        assertEquals(List.of(article, alice), oneHop.getList("path.nodes.id"));

        // Both are mentioned by the article and hold roles at the same ministry: two hops, whichever way.
        for (List<String> ends : List.of(List.of(alice, bruno), List.of(bruno, alice))) {
            JsonPath twoHops = GraphQLClient.data(PATH, Map.of("from", ends.get(0), "to", ends.get(1), "maxHops", 4));
            assertEquals(2, twoHops.getInt("path.hops"), ends.toString());
            List<String> nodes = twoHops.getList("path.nodes.id");
            assertEquals(3, nodes.size());
            assertEquals(ends.get(0), nodes.get(0));
            assertEquals(ends.get(1), nodes.get(2));
        }
        assertNull(GraphQLClient.data(PATH, Map.of("from", alice, "to", bruno, "maxHops", 1)).get("path"), "no path within one hop");
    }
}
