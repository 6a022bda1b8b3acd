package dev.newsgraph.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The main API paths against the packaged application (the jar, or the native executable with -Dnative) in
 * prod mode, on a real PostgreSQL with the sample data.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class ApiIT {
    @Test
    void healthReportsTheDatabaseAndTheEventListener() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Subscription events (PostgreSQL LISTEN)"));
    }

    @Test
    void everyRootFieldFamilyAnswers() {
        JsonPath data = GraphQLClient.data("""
                {
                  articles(first: 2) { totalCount nodes { id headline people { id } } }
                  people(first: 2) { totalCount nodes { name } }
                  organizations(first: 2) { totalCount nodes { name } }
                  places(first: 2, kind: COUNTRY) { totalCount nodes { name } }
                  statements(first: 2) { totalCount nodes { text } }
                  incidents(first: 2) { totalCount nodes { title } }
                  incidentStats(groupBy: TYPE) { key incidents }
                }""");
        for (String family : List.of("articles", "people", "organizations", "places", "statements", "incidents")) {
            assertTrue(data.getInt(family + ".totalCount") > 0, family);
            assertFalse(data.getList(family + ".nodes").isEmpty(), family);
        }
        assertFalse(data.getList("incidentStats").isEmpty());

        String article = data.getString("articles.nodes[0].id");
        String headline = data.getString("articles.nodes[0].headline");
        String person = data.getString("articles.nodes.find { it.people }.people[0].id");
        assertEquals(headline, GraphQLClient.data("query($id: ID!) { node(id: $id) { ... on Article { headline } } }",
                Map.of("id", article)).getString("node.headline"));
        String word = Arrays.stream(headline.split("\\W+")).filter(w -> w.length() > 4).findFirst().orElseThrow();
        assertFalse(GraphQLClient.data("query($text: String!) { search(text: $text) { node { id } } }", Map.of("text", word))
                .getList("search").isEmpty(), word);
        JsonPath path = GraphQLClient.data("query($from: ID!, $to: ID!) { path(from: $from, to: $to) { hops nodes { id } } }",
                Map.of("from", data.getString("articles.nodes.find { it.people }.id"), "to", person));
        assertEquals(1, path.getInt("path.hops"));
        assertEquals(person, path.getString("path.nodes[-1].id"));
    }

    @Test
    void ingestStoresAnArticleOnceAndItCanBeFetchedBack() {
        Map<String, Object> article = IngestMutation.article("Packaged build ingest " + UUID.randomUUID());
        Map<String, Object> first = IngestMutation.ingest(List.of(article)).get(0);
        Map<String, Object> again = IngestMutation.ingest(List.of(article)).get(0);
        assertEquals("CREATED", first.get("status"));
        assertEquals("UNCHANGED", again.get("status"));
        @SuppressWarnings("unchecked")
        String id = ((Map<String, String>) first.get("article")).get("id");
        assertEquals(id, ((Map<?, ?>) again.get("article")).get("id"));
        assertEquals(article.get("headline"), GraphQLClient.data("query($id: ID!) { node(id: $id) { ... on Article { headline } } }",
                Map.of("id", id)).getString("node.headline"));
    }

    @Test
    @DisabledOnIntegrationTest(forArtifactTypes = DisabledOnIntegrationTest.ArtifactType.NATIVE_BINARY) // no warm-up there
    void theWarmUpAfterStartAnswersEveryRead() throws Exception {
        Pattern summary = Pattern.compile("API warm-up: (\\d+) reads answered, (\\d+) with errors");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String log = Files.readString(Path.of("target", "quarkus.log"));
            assertFalse(log.contains("API warm-up stopped"), "the warm-up failed: see target/quarkus.log");
            Matcher found = summary.matcher(log);
            if (found.find()) {
                assertTrue(Integer.parseInt(found.group(1)) >= 10, found.group());
                assertEquals("0", found.group(2), found.group());
                return;
            }
            assertTrue(System.nanoTime() < deadline, "no warm-up summary in target/quarkus.log after 60 s");
            Thread.sleep(200);
        }
    }

    @Test
    void metricsAreServedForPrometheus() {
        GraphQLClient.data("{ articles(first: 1) { totalCount } }");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("mp_graphql_seconds_count{name=\"articles\",source=\"false\",type=\"QUERY\"}"), metrics);
        assertTrue(metrics.contains("agroal_active_count{datasource=\"default\"}"), metrics);
    }
}
