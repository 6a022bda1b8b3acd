package dev.newsgraph.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The persisted queries' configuration takes effect: with newsgraph.persisted-queries.cache-size at 2K, room for two
 * queries of 300 characters, registering a third drops the least recently used one, and a query larger than the
 * whole budget runs but is not kept. With get-max-age 0s even a clean GET answer is not to be cached.
 */
@QuarkusTest
@TestProfile(PersistedQueriesBoundTest.SmallCache.class)
class PersistedQueriesBoundTest {
    public static class SmallCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.persisted-queries.cache-size", "2K",
                    "newsgraph.persisted-queries.get-max-age", "0s",
                    "newsgraph.sample-data", "false");
        }
    }

    @Test
    void theLeastRecentlyUsedQueryMakesRoomAndAnOversizedOneIsNotKept() {
        assertEquals(2, 2048 / PersistedQueryStore.weight(query(300)), "the test's queries no longer fit two by two");
        String first = query(300);
        String second = query(300);
        String third = query(300);
        register(first);
        register(second);
        assertKnown(first); // first used last: second is now the least recently used
        register(third);

        assertUnknown(second);
        assertKnown(first);
        assertKnown(third);

        String oversized = query(1100);
        register(oversized);
        assertUnknown(oversized);
        assertKnown(first);
        assertKnown(third);
    }

    @Test
    void aZeroMaxAgeCachesNoGetAnswer() {
        String query = query(100);
        register(query);
        given().accept("application/json")
                .queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedQueries.sha256(query) + "\"}}")
                .get("/graphql")
                .then()
                .statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .header("Cache-Control", "no-store");
    }

    /** A valid query of exactly this many characters, different from every other. */
    private static String query(int length) {
        String text = "query Q" + UUID.randomUUID().toString().replace("-", "") + " { __typename } #";
        return text + "x".repeat(length - text.length());
    }

    private static void register(String query) {
        post(Map.of("query", query, "extensions", extension(query))).then().statusCode(200).body("errors", nullValue());
    }

    private static void assertKnown(String query) {
        post(Map.of("extensions", extension(query))).then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    private static void assertUnknown(String query) {
        post(Map.of("extensions", extension(query))).then().statusCode(404)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    private static Map<String, Object> extension(String query) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(query)));
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().contentType("application/json").accept("application/graphql-response+json").body(body).post("/graphql");
    }
}
