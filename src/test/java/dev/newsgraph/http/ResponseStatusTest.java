package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Under application/graphql-response+json a response without {@code data} gets a 4xx status (GraphQL over HTTP), with
 * an error that names the problem in GraphQL terms; under legacy application/json every such request gets 200.
 */
@QuarkusTest
class ResponseStatusTest {
    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    private static final String ARTICLES_FROM = "query($from: Date) { articles(from: $from) { totalCount } }";

    @Test
    void mutationWithoutTokenIs401() {
        post(GRAPHQL_RESPONSE_JSON, "mutation { deleteArticle(id: \"QXJ0aWNsZTox\") }", Map.of())
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(startsWith(GRAPHQL_RESPONSE_JSON))
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void refusedDepthAndComplexityAre400() {
        StringBuilder deep = new StringBuilder("{ articles(first: 1) { totalCount ");
        deep.append("nodes { people { articles(first: 1) { ".repeat(8)).append("totalCount").append(" } } }".repeat(8)).append(" } }");
        for (String query : new String[] {deep.toString(),
                "{ people(first: 100) { nodes { articles(first: 100) { nodes { id headline } } } } }"}) {
            post(GRAPHQL_RESPONSE_JSON, query, Map.of())
                    .then().statusCode(400)
                    .body("$", not(hasKey("data")))
                    .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        }
    }

    @Test
    void missingOrWronglyTypedVariablesAre400AndNameTheVariable() {
        post(GRAPHQL_RESPONSE_JSON, "query($id: ID!) { node(id: $id) { id } }", Map.of())
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("'id'"));
        post(GRAPHQL_RESPONSE_JSON, "query($first: Int) { articles(first: $first) { totalCount } }", Map.of("first", "ten"))
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].message", containsString("'first'"));
        post(GRAPHQL_RESPONSE_JSON, ARTICLES_FROM, Map.of("from", "yesterday"))
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", allOf(containsString("'from'"), containsString("ISO 8601"), containsString("yesterday")));
    }

    @Test
    void badDateLiteralIs400AndSaysWhatWasWrongInGraphQLTerms() {
        post(GRAPHQL_RESPONSE_JSON, "{ articles(from: \"2025-06-01\", to: \"x\") { totalCount } }", Map.of())
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", allOf(containsString("'to'"), containsString("\"x\""), not(containsString("from")),
                        not(containsString("StringValue"))));
        post(GRAPHQL_RESPONSE_JSON, "{ articles(from: 20250601) { totalCount } }", Map.of())
                .then().statusCode(400)
                .body("errors[0].message", allOf(containsString("'from'"), containsString("20250601"), not(containsString("IntValue"))));
    }

    @Test
    void subscriptionOverHttpIsRefused() {
        post(GRAPHQL_RESPONSE_JSON, "subscription { articleIngested { id } }", Map.of())
                .then().statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("WebSocket"));
    }

    @Test
    void legacyJsonKeeps200AndValidDatesStillWork() {
        post("application/json", ARTICLES_FROM, Map.of("from", "yesterday"))
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(GRAPHQL_RESPONSE_JSON, ARTICLES_FROM, Map.of("from", "2000-01-01"))
                .then().statusCode(200)
                .body("errors", equalTo(null))
                .body("data.articles.totalCount", notNullValue());
    }

    private static Response post(String accept, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType("application/json").accept(accept).body(body).post("/graphql");
    }
}
