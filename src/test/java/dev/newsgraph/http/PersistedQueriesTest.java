package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Automatic persisted queries over real HTTP, the edges the real clients (ApolloClientTest, UrqlClientTest) do not
 * reach: mismatched hashes, unknown hashes by GET, malformed extensions, mutations by hash with GET, and the cache
 * headers of GET responses.
 */
@QuarkusTest
class PersistedQueriesTest {
    private static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    @Test
    void unknownHashIsNotFoundUntilTheQueryIsSentWithIt() {
        String query = unique("query Latest_%s { articles(first: 2) { totalCount nodes { id headline } } }");
        String hash = PersistedQueries.sha256(query);
        Object expected = GraphQLClient.data(query).get("articles");

        post(GRAPHQL_RESPONSE_JSON, body(null, hash))
                .then()
                .statusCode(404)
                .body("$", not(hasKey("data")))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        post("application/json", body(null, hash))
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));

        post(GRAPHQL_RESPONSE_JSON, body(query, hash)).then().statusCode(200).body("errors", nullValue())
                .body("data.articles", equalTo(expected));
        post(GRAPHQL_RESPONSE_JSON, body(null, hash)).then().statusCode(200).body("errors", nullValue())
                .body("data.articles", equalTo(expected));
        post(GRAPHQL_RESPONSE_JSON, body(null, hash.toUpperCase())).then().statusCode(200)
                .body("data.articles", equalTo(expected));
    }

    @Test
    void registeredHashIsServedByGetWithHeadersACdnMayCache() {
        String query = unique("query Page_%s($first: Int!) { articles(first: $first) { nodes { id headline } } }");
        String hash = PersistedQueries.sha256(query);
        Object expected = GraphQLClient.data(query, Map.of("first", 2)).get("articles");
        register(query, Map.of("first", 2));

        getByHash(hash, "{\"first\": 2}")
                .header("Origin", "https://frontend.example.org")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.articles", equalTo(expected))
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", containsString("Accept"))
                .header("Vary", containsString("Origin"));
        // A token may change the answer: only the browser may keep it, never a shared cache.
        getByHash(hash, "{\"first\": 2}")
                .header("Authorization", "Bearer " + Tokens.editor())
                .get("/graphql")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, max-age=60");
    }

    @Test
    void unknownHashByGetIsNotFoundAndNeverCached() {
        getByHash(PersistedQueries.sha256(unique("{ __typename } # %s")), null)
                .get("/graphql")
                .then()
                .statusCode(404)
                .header("Cache-Control", "no-store")
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void hashOfAnotherQueryIsRefusedAndNothingIsRunOrStored() {
        String query = unique("query Wrong_%s { articles(first: 1) { totalCount } }");
        String otherHash = PersistedQueries.sha256(query + " ");
        for (String accept : List.of(GRAPHQL_RESPONSE_JSON, "application/json")) {
            post(accept, body(query, otherHash))
                    .then()
                    .statusCode(400)
                    .body("$", not(hasKey("data")))
                    .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"))
                    .body("errors[0].message", containsString(PersistedQueries.sha256(query)));
        }
        post(GRAPHQL_RESPONSE_JSON, body(null, otherHash)).then().statusCode(404);
        post(GRAPHQL_RESPONSE_JSON, body(null, PersistedQueries.sha256(query))).then().statusCode(404);
    }

    @Test
    void onlyValidQueriesAreStored() {
        String invalid = unique("query Invalid_%s { noSuchField }");
        post(GRAPHQL_RESPONSE_JSON, body(invalid, PersistedQueries.sha256(invalid)))
                .then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(GRAPHQL_RESPONSE_JSON, body(null, PersistedQueries.sha256(invalid))).then().statusCode(404);
    }

    @Test
    void mutationRegisteredByPostIsRefusedByGet() {
        String id = GraphQLClient.data("{ articles(first: 1) { nodes { id } } }").getString("articles.nodes[0].id");
        String mutation = unique("mutation Delete_%s($id: ID!) { deleteArticle(id: $id) }");
        String hash = PersistedQueries.sha256(mutation);
        Map<String, Object> registration = body(mutation, hash);
        registration.put("variables", Map.of("id", id));
        // Registered, though refused without a token: it is a valid document.
        post(GRAPHQL_RESPONSE_JSON, registration).then().statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));

        getByHash(hash, new JsonObject().put("id", id).encode())
                .header("Authorization", "Bearer " + Tokens.admin())
                .get("/graphql")
                .then()
                .statusCode(405)
                .header("Allow", "POST")
                .header("Cache-Control", "no-store")
                .body("errors[0].message", containsString("POST"));
        assertEquals(id, GraphQLClient.data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).getString("node.id"));
    }

    @Test
    void malformedPersistedQueryIsAClearRequestError() {
        String hash = PersistedQueries.sha256("{ __typename }");
        Map<Object, String> malformed = Map.of(
                "not an object", "must be a JSON object",
                Map.of("version", 2, "sha256Hash", hash), "version 2",
                Map.of("sha256Hash", hash), "version null",
                Map.of("version", 1), "64 hex digits",
                Map.of("version", 1, "sha256Hash", "abc"), "64 hex digits",
                Map.of("version", 1, "sha256Hash", 42), "64 hex digits");
        malformed.forEach((persistedQuery, message) -> {
            for (String query : new String[] {null, "{ __typename }"}) {
                Map<String, Object> body = new HashMap<>();
                body.put("query", query);
                body.put("extensions", Map.of("persistedQuery", persistedQuery));
                post("application/json", body)
                        .then()
                        .statusCode(400)
                        .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                        .body("errors[0].message", containsString(message))
                        .body("errors[0].message", containsString("\"sha256Hash\""));
            }
        });
        given().accept("application/json").queryParam("extensions", "{\"persistedQuery\":")
                .get("/graphql")
                .then()
                .statusCode(400)
                .header("Cache-Control", "no-store")
                .body("errors[0].message", containsString("'extensions'"));
    }

    @Test
    void onlyGetQueriesAnsweredWithoutAnyErrorMayBeCached() {
        given().accept(GRAPHQL_RESPONSE_JSON).queryParam("query", "{ articles(first: 1) { totalCount } }")
                .get("/graphql")
                .then().statusCode(200).header("Cache-Control", "public, max-age=60");
        // Data with an error in it: a malformed ID nulls its field.
        given().accept(GRAPHQL_RESPONSE_JSON).queryParam("query", "{ node(id: \"not-an-id\") { id } }")
                .get("/graphql")
                .then().statusCode(200).body("errors", notNullValue()).header("Cache-Control", "no-store");
        given().accept("application/json").queryParam("query", "{ noSuchField }")
                .get("/graphql")
                .then().statusCode(200).body("errors", notNullValue()).header("Cache-Control", "no-store");
        given().accept(GRAPHQL_RESPONSE_JSON).queryParam("query", "{ noSuchField }")
                .get("/graphql")
                .then().statusCode(400).header("Cache-Control", "no-store");
        given().contentType("application/json").accept(GRAPHQL_RESPONSE_JSON).body(Map.of("query", "{ __typename }"))
                .post("/graphql")
                .then().statusCode(200).header("Cache-Control", nullValue());
    }

    /** The text with a fresh name in place of %s: a query no other test has registered. */
    private static String unique(String template) {
        return template.formatted(UUID.randomUUID().toString().replace("-", ""));
    }

    private static void register(String query, Map<String, Object> variables) {
        Map<String, Object> body = body(query, PersistedQueries.sha256(query));
        body.put("variables", variables);
        post(GRAPHQL_RESPONSE_JSON, body).then().statusCode(200).body("errors", nullValue());
    }

    private static Map<String, Object> body(String query, String hash) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        return body;
    }

    private static Response post(String accept, Map<String, Object> body) {
        return given().contentType("application/json").accept(accept).body(body).post("/graphql");
    }

    private static RequestSpecification getByHash(String hash, String variables) {
        RequestSpecification request = given().accept(GRAPHQL_RESPONSE_JSON)
                .queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");
        return variables == null ? request : request.queryParam("variables", variables);
    }
}
