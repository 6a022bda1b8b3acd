package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GraphQL-over-HTTP behaviour of /graphql beyond what the graphql-http audit checks. */
@QuarkusTest
class GraphQLHttpFilterTest {
    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    @Test
    void getMutationIsRefusedAndChangesNothing() {
        String id = GraphQLClient.data("{ articles(first: 1) { nodes { id } } }").getString("articles.nodes[0].id");
        int before = articleCount();

        getQuery("mutation { deleteArticle(id: \"" + id + "\") }")
                .then()
                .statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].message", containsString("POST"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("$", not(hasKey("data")));

        assertEquals(before, articleCount());
        assertEquals(id, GraphQLClient.data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).getString("node.id"));
    }

    @Test
    void getMutationIsRefusedWhenNamedAmongOtherOperations() {
        given().queryParam("query", "query Q { __typename } mutation M { deleteArticle(id: \"x\") }")
                .queryParam("operationName", "M")
                .get("/graphql")
                .then()
                .statusCode(405);
    }

    @Test
    void getQueryKeepsPercentAndPlusSignsOfItsArguments() {
        // SmallRye decodes GET parameters twice: without the filter '%' failed and '+' became a space.
        getQuery("{ people(text: \"100% a+b\") { totalCount } }")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.people.totalCount", equalTo(0));
    }

    @Test
    void getQueryWithOperationNameRunsThatOperation() {
        given().queryParam("query", "query Named { articles(first: 1) { totalCount } }")
                .queryParam("operationName", "Named")
                .queryParam("variables", "{}")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.articles.totalCount", equalTo(articleCount()));
    }

    @Test
    void requestErrorsAre400WithTheGraphQLMediaTypeAnd200WithJson() {
        for (String query : new String[] {"{ articles(", "{ noSuchField }", "query A { __typename } query B { __typename }"}) {
            post(GRAPHQL_RESPONSE_JSON, Map.of("query", query))
                    .then()
                    .statusCode(400)
                    .contentType(startsWith(GRAPHQL_RESPONSE_JSON))
                    .body("$", not(hasKey("data")))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
            post("application/json", Map.of("query", query))
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("$", not(hasKey("data")))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    @Test
    void syntaxAndValidationErrorsKeepTheirClassification() {
        post("application/json", Map.of("query", "{ articles("))
                .then()
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].locations[0].line", equalTo(1));
        post("application/json", Map.of("query", "{ noSuchField }"))
                .then()
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].message", containsString("noSuchField"));
    }

    @Test
    void parametersOfTheWrongJsonTypeAre400() {
        for (String body : new String[] {
            "{\"query\": 1}", "{\"query\": {}}", "{\"operationName\": 2, \"query\": \"{ __typename }\"}",
            "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "{\"query\": \"{ __typename }\", \"variables\": []}",
            "{\"query\": \"{ __typename }\", \"extensions\": 7}", "[]", "\"{ __typename }\"", "{", "", "{\"variables\": {}}"}) {
            given().contentType("application/json").accept("application/json").body(body)
                    .post("/graphql")
                    .then()
                    .statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    @Test
    void contentTypeAndMethodAreChecked() {
        given().contentType("text/plain").body("{\"query\": \"{ __typename }\"}").post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType("application/json; charset=iso-8859-1").body("{\"query\": \"{ __typename }\"}").post("/graphql")
                .then().statusCode(415);
        given().accept("application/json").put("/graphql")
                .then().statusCode(405).header("Allow", containsString("POST"));
        given().accept("text/html").queryParam("query", "{ __typename }").get("/graphql")
                .then().statusCode(406).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void responseMediaTypeFollowsAccept() {
        String query = "{ __typename }";
        post("application/json", Map.of("query", query)).then().contentType("application/json; charset=utf-8");
        post(GRAPHQL_RESPONSE_JSON, Map.of("query", query)).then().contentType(GRAPHQL_RESPONSE_JSON + "; charset=utf-8");
        post("*/*", Map.of("query", query)).then().contentType("application/json; charset=utf-8");
        post(GRAPHQL_RESPONSE_JSON + ";q=0.5, application/json", Map.of("query", query))
                .then().contentType("application/json; charset=utf-8");
        given().contentType("application/json").body(Map.of("query", query)).post("/graphql")
                .then().statusCode(200).contentType("application/json; charset=utf-8");
    }

    private static int articleCount() {
        return GraphQLClient.data("{ articles { totalCount } }").getInt("articles.totalCount");
    }

    private static Response getQuery(String query) {
        return given().accept("application/json").queryParam("query", query).get("/graphql");
    }

    private static Response post(String accept, Map<String, Object> body) {
        RequestSpecification request = given().contentType("application/json").accept(accept).body(body);
        return request.post("/graphql");
    }
}
