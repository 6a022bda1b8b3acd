package dev.newsgraph.graphql.curation;

import static dev.newsgraph.graphql.GeneratedArticles.INGEST;
import static dev.newsgraph.graphql.GeneratedArticles.map;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.Connections;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mergeEntities and deleteArticle: links move or go, nothing dangles, bad IDs are refused. */
@QuarkusTest
class CurationTest {
    static final String MERGE = """
            mutation($keep: ID!, $duplicate: ID!) {
              mergeEntities(keep: $keep, duplicate: $duplicate) {
                id name aliases
                ... on Person { statements(first: 10) { nodes { text } } articles(first: 10) { totalCount } }
              }
            }""";
    static final String DELETE = "mutation($id: ID!) { deleteArticle(id: $id) }";
    static final String NODE = "query($id: ID!) { node(id: $id) { id } }";

    /** Ingests one article with a speaker and an incident; answers its stored article, people and incidents. */
    static JsonPath ingest(String headline, String speaker, String quote, String incident) {
        Map<String, Object> article = map(
                "headline", headline,
                "paragraphs", List.of(speaker + " said: \"" + quote + "\"", "The " + incident + " happened in Curaville."),
                "publishedOn", "2025-05-02",
                "people", List.of(map("name", speaker)),
                "places", List.of(map("name", "Curaville", "kind", "CITY", "countryCode", "NL")),
                "statements", List.of(map("kind", "QUOTE", "text", quote, "speaker", speaker)),
                "incidents", List.of(map("type", "ATTACK", "title", incident, "occurredOn", "2025-05-01", "place", "Curaville",
                        "figures", List.of(map("kind", "INJURED", "value", 2)))));
        return GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(article)));
    }

    static String personId(String name) {
        return GraphQLClient.data("query($t: String) { people(first: 5, text: $t) { nodes { id name } } }", Map.of("t", name))
                .<Map<String, Object>>getList("people.nodes").stream().filter(p -> name.equals(p.get("name")))
                .map(p -> (String) p.get("id")).findFirst().orElseThrow(() -> new AssertionError("no person " + name));
    }

    @Test
    void mergingMovesEveryLinkAndKeepsTheDuplicateNameAsAlias() {
        ingest("Curation merge one", "Annelies Curatorova", "We will rebuild the bridge.", "Curaville bridge attack");
        ingest("Curation merge two", "A. Curatorova", "The bridge will open in May.", "Curaville depot attack");
        String keep = personId("Annelies Curatorova");
        String duplicate = personId("A. Curatorova");
        long people = Connections.count("people");

        JsonPath merged = GraphQLClient.asAdmin().data(MERGE, Map.of("keep", keep, "duplicate", duplicate));
        assertEquals(keep, merged.getString("mergeEntities.id"));
        assertEquals("Annelies Curatorova", merged.getString("mergeEntities.name"));
        assertTrue(merged.<String>getList("mergeEntities.aliases").contains("A. Curatorova"), merged.prettify());
        assertEquals(List.of("The bridge will open in May.", "We will rebuild the bridge.").stream().sorted().toList(),
                merged.<String>getList("mergeEntities.statements.nodes.text").stream().sorted().toList());
        assertEquals(2, merged.getInt("mergeEntities.articles.totalCount"), "both articles now mention the kept person");
        assertEquals(people - 1, Connections.count("people"));
        assertNull(GraphQLClient.data(NODE, Map.of("id", duplicate)).get("node"), "the duplicate is gone");

        // A later article naming the duplicate finds the kept person through the alias.
        JsonPath later = ingest("Curation merge three", "A. Curatorova", "Traffic resumes.", "Curaville port attack");
        assertEquals(List.of("Annelies Curatorova"), later.getList("ingestArticles[0].matched.findAll { it.__typename == 'Person' }.name"));
        assertEquals(people - 1, Connections.count("people"), "the alias is matched, not created again: " + later.prettify());
    }

    @Test
    void mergingRefusesMismatchedMissingAndSelf() {
        ingest("Curation refuse one", "Bram Refusenik", "No comment.", "Curaville refuse attack");
        String person = personId("Bram Refusenik");
        String place = GraphQLClient.data("{ places(first: 1, text: \"Curaville\") { nodes { id } } }").getString("places.nodes[0].id");
        String article = GraphQLClient.data("{ articles(first: 1) { nodes { id } } }").getString("articles.nodes[0].id");
        String missingPerson = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Person:999999".getBytes());

        assertError(MERGE, Map.of("keep", person, "duplicate", place), "BAD_USER_INPUT", "Cannot merge a PLACE into a PERSON");
        assertError(MERGE, Map.of("keep", person, "duplicate", person), "BAD_USER_INPUT", "itself");
        assertError(MERGE, Map.of("keep", person, "duplicate", article), "BAD_USER_INPUT", "duplicate");
        assertError(MERGE, Map.of("keep", person, "duplicate", missingPerson), "NOT_FOUND", "");
        assertEquals(person, GraphQLClient.data(NODE, Map.of("id", person)).getString("node.id"), "a refused merge deletes nothing");
    }

    @Test
    void deletingAnArticleRemovesItAndTheIncidentsOnlyItReported() {
        JsonPath stored = ingest("Curation delete one", "Cees Deleter", "It was quiet.", "Curaville delete attack");
        String article = stored.getString("ingestArticles[0].article.id");
        List<String> incidents = stored.getList("ingestArticles[0].createdIncidents.id");
        assertEquals(1, incidents.size());
        String person = personId("Cees Deleter");
        long articles = Connections.count("articles");
        long statements = Connections.count("statements");

        assertEquals(article, GraphQLClient.asAdmin().data(DELETE, Map.of("id", article)).getString("deleteArticle"));
        assertNull(GraphQLClient.data(NODE, Map.of("id", article)).get("node"));
        assertNull(GraphQLClient.data(NODE, Map.of("id", incidents.get(0))).get("node"), "an incident only it reported goes with it");
        assertEquals(person, GraphQLClient.data(NODE, Map.of("id", person)).getString("node.id"), "people stay");
        assertEquals(articles - 1, Connections.count("articles"));
        assertEquals(statements - 1, Connections.count("statements"));

        assertError(DELETE, Map.of("id", article), "NOT_FOUND", "");
        assertError(DELETE, Map.of("id", person), "BAD_USER_INPUT", "Article");
    }

    static void assertError(String mutation, Map<String, Object> variables, String code, String inMessage) {
        Map<String, Object> error = GraphQLClient.asAdmin().firstError(mutation, variables);
        assertEquals(code, GraphQLClient.code(error), error.toString());
        assertThat(error.get("message").toString(), containsString(inMessage));
    }
}
