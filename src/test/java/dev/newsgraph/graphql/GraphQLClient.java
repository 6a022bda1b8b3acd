package dev.newsgraph.graphql;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Posts GraphQL requests to the running service over real HTTP. */
public final class GraphQLClient {
    private GraphQLClient() {
    }

    public static Response post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post("/graphql");
    }

    /** The response of a request that must succeed without errors. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        JsonPath json = response.then().statusCode(200).extract().jsonPath();
        if (json.get("errors") != null) {
            throw new AssertionError("GraphQL errors: " + response.asString());
        }
        return json.setRootPath("data");
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The first error of a request that must fail. */
    public static Map<String, Object> firstError(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        Map<String, Object> error = response.jsonPath().getMap("errors[0]");
        if (error == null) {
            throw new AssertionError("Expected an error, got: " + response.asString());
        }
        return error;
    }
}
