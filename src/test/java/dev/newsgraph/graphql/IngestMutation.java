package dev.newsgraph.graphql;

import static io.restassured.RestAssured.given;

import dev.newsgraph.security.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** The ingestArticles mutation over real HTTP, with an editor token, to this instance or another one. */
public final class IngestMutation {
    private static final String MUTATION = """
            mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status article { id headline } } }""";

    private IngestMutation() {
    }

    /** Sends the mutation to the instance listening on {@code port}, whatever the outcome. */
    public static Response send(int port, List<Map<String, Object>> articles) {
        return given().port(port).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + Tokens.editor())
                .body(Map.of("query", MUTATION, "variables", Map.of("input", articles)))
                .post("/graphql");
    }

    /** Ingests on the instance under test and returns one outcome (status, article) per article; fails on any error. */
    public static List<Map<String, Object>> ingest(List<Map<String, Object>> articles) {
        return ingest(RestAssured.port, articles);
    }

    public static List<Map<String, Object>> ingest(int port, List<Map<String, Object>> articles) {
        Response response = send(port, articles);
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + response.asString());
        }
        return json.getList("data.ingestArticles");
    }

    /** The smallest valid article: a headline and one paragraph. */
    public static Map<String, Object> article(String headline) {
        return Map.of("headline", headline, "paragraphs", List.of(headline + ", officials said on Monday."));
    }
}
