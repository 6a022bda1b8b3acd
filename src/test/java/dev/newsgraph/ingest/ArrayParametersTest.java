package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values that ingest binds as one array literal each ({@link SqlArrays}, bound untyped so that PostgreSQL types them
 * as the array of their cast): they arrive whole, whatever characters the literal has to escape, and the names of a
 * request find the stored entities they stand for.
 */
@QuarkusTest
class ArrayParametersTest {
    static final String INGEST = """
            mutation($input: [ArticleInput!]!) {
              ingestArticles(input: $input) { status created { name } matched { name } article { paragraphs } }
            }""";

    @Test
    void paragraphsWithTheLiteralsSpecialCharactersAreStoredAsWritten() {
        List<String> paragraphs = List.of("He said \"no\", then {maybe}.", "The path was C:\\Arrayton\\files.", "NULL",
                "A comma, a brace } and a quote \" at once.");
        JsonPath outcome = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(Map.of(
                "headline", "Arrayton council answers in quotes", "paragraphs", paragraphs))));
        assertEquals(List.of("CREATED"), outcome.getList("ingestArticles.status"));
        assertEquals(paragraphs, outcome.getList("ingestArticles[0].article.paragraphs"));
    }

    @Test
    void aLaterRequestMatchesThePeopleAndPlacesItNamesByNameAndAlias() {
        JsonPath first = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(Map.of(
                "headline", "Ilse Arraywright visits Arrayton Harbour",
                "paragraphs", List.of("Ilse Arraywright arrived in Arrayton Harbour on Monday."),
                "people", List.of(Map.of("name", "Ilse Arraywright", "aliases", List.of("Arraywright"))),
                "places", List.of(Map.of("name", "Arrayton Harbour", "kind", "CITY", "countryCode", "UA"))))));
        assertEquals(List.of("Arrayton Harbour", "Ilse Arraywright"), first.getList("ingestArticles[0].created.name").stream().sorted().toList());

        // The person by alias, the place by name: both found in the one look-up of the request's names.
        JsonPath second = GraphQLClient.asEditor().data(INGEST, Map.of("input", List.of(Map.of(
                "headline", "Arraywright leaves",
                "paragraphs", List.of("Arraywright left on Tuesday."),
                "people", List.of(Map.of("name", "Arraywright")),
                "dateline", "Arrayton Harbour"))));
        assertEquals(List.of("CREATED"), second.getList("ingestArticles.status"));
        assertEquals(List.of(), second.getList("ingestArticles[0].created.name"));
        assertEquals(List.of("Ilse Arraywright"), second.getList("ingestArticles[0].matched.name"));
    }
}
