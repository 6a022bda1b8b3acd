package dev.newsgraph.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /q/metrics after real requests: GraphQL timings per operation, ingest counters, connection pool figures. */
@QuarkusTest
class MetricsTest {
    private static final String INCIDENTS_QUERY = "mp_graphql_seconds_count{name=\"incidents\",source=\"false\",type=\"QUERY\"}";
    private static final String INGEST_MUTATION = "mp_graphql_seconds_count{name=\"ingestArticles\",source=\"false\",type=\"MUTATION\"}";
    private static final String CREATED = "newsgraph_ingest_articles_total{status=\"CREATED\"}";
    private static final String UNCHANGED = "newsgraph_ingest_articles_total{status=\"UNCHANGED\"}";

    @Test
    void operationTimingsIngestCountersAndPoolFiguresAreScraped() {
        String before = scrape();
        GraphQLClient.data("{ incidents(first: 2) { totalCount } }");
        GraphQLClient.data("query Recent { incidents(first: 1) { nodes { title } } }");
        var article = IngestMutation.article("Metrics check " + UUID.randomUUID());
        IngestMutation.ingest(List.of(article));
        IngestMutation.ingest(List.of(article));
        String after = scrape();

        assertEquals(2, value(after, INCIDENTS_QUERY) - value(before, INCIDENTS_QUERY), after);
        assertEquals(2, value(after, INGEST_MUTATION) - value(before, INGEST_MUTATION), after);
        assertTrue(value(after, "mp_graphql_seconds_sum{name=\"incidents\",source=\"false\",type=\"QUERY\"}") > 0, after);
        assertEquals(1, value(after, CREATED) - value(before, CREATED), after);
        assertEquals(1, value(after, UNCHANGED) - value(before, UNCHANGED), after);
        assertTrue(value(after, "agroal_acquire_count_total{datasource=\"default\"}")
                > value(before, "agroal_acquire_count_total{datasource=\"default\"}"), after);
        assertTrue(after.contains("agroal_active_count{datasource=\"default\"}"), after);
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series, 0 when it does not exist yet (a counter nobody has incremented). */
    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
                .orElse(0.0);
    }
}
