package dev.newsgraph.graphql;

import static io.restassured.RestAssured.given;

import dev.newsgraph.security.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/**
 * Posts GraphQL requests to the running service over real HTTP: anonymously through the static methods, with a
 * bearer token through {@link #asEditor()}, {@link #asAdmin()} or {@link #withToken}.
 */
public final class GraphQLClient {
    private static final Caller ANONYMOUS = new Caller(null);

    private GraphQLClient() {
    }

    /** A caller with an editor token: may ingest. */
    public static Caller asEditor() {
        return new Caller(Tokens.editor());
    }

    /** A caller with an admin token: may ingest and curate. */
    public static Caller asAdmin() {
        return new Caller(Tokens.admin());
    }

    /** A caller sending this bearer token as it is. */
    public static Caller withToken(String token) {
        return new Caller(token);
    }

    public static Response post(String query, Map<String, Object> variables) {
        return ANONYMOUS.post(query, variables);
    }

    /** The response of a request that must succeed without errors. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        return ANONYMOUS.data(query, variables);
    }

    public static JsonPath data(String query) {
        return ANONYMOUS.data(query, Map.of());
    }

    /** The first error of a request that must fail. */
    public static Map<String, Object> firstError(String query, Map<String, Object> variables) {
        return ANONYMOUS.firstError(query, variables);
    }

    /** The stable code of a GraphQL error ({@code extensions.code}), null when it has none. */
    public static String code(Map<String, Object> error) {
        return error.get("extensions") instanceof Map<?, ?> extensions ? (String) extensions.get("code") : null;
    }

    public static String message(Map<String, Object> error) {
        return String.valueOf(error.get("message"));
    }

    /** Sends requests with one bearer token, or none. */
    public static final class Caller {
        private final String token;

        private Caller(String token) {
            this.token = token;
        }

        public Response post(String query, Map<String, Object> variables) {
            Map<String, Object> body = new HashMap<>();
            body.put("query", query);
            body.put("variables", variables);
            RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request.body(body).post("/graphql");
        }

        public JsonPath data(String query, Map<String, Object> variables) {
            Response response = post(query, variables);
            JsonPath json = response.then().statusCode(200).extract().jsonPath();
            if (json.get("errors") != null) {
                throw new AssertionError("GraphQL errors: " + response.asString());
            }
            return json.setRootPath("data");
        }

        public JsonPath data(String query) {
            return data(query, Map.of());
        }

        public Map<String, Object> firstError(String query, Map<String, Object> variables) {
            Response response = post(query, variables);
            Map<String, Object> error = response.jsonPath().getMap("errors[0]");
            if (error == null) {
                throw new AssertionError("Expected an error, got: " + response.asString());
            }
            return error;
        }
    }
}
