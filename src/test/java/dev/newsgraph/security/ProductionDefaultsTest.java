package dev.newsgraph.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production defaults, which ship no key and allow no other origin: the service starts, serves reads, refuses
 * every token (so every mutation) and answers no cross-origin preflight.
 */
@QuarkusTest
@TestProfile(ProductionDefaultsTest.AsInProduction.class)
class ProductionDefaultsTest {
    public static class AsInProduction implements QuarkusTestProfile {
        /** A profile of its own, so none of the %dev or %test settings (key, issuer, origins, sample data) apply. */
        @Override
        public String getConfigProfile() {
            return "production-defaults";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", "0");
        }
    }

    @Test
    void startsWithoutAKeyAndServesReads() {
        assertTrue(GraphQLClient.data("{ articles(first: 0) { totalCount } }").getLong("articles.totalCount") >= 0);
    }

    @Test
    void withoutAKeyEveryTokenIsRefused() {
        Response response = GraphQLClient.asEditor().post(
                "mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { status } }",
                Map.of("input", List.of(Map.of("headline", "Never stored", "paragraphs", List.of("No key, no ingest.")))));
        assertEquals(401, response.statusCode(), response.asString());
        assertEquals("UNAUTHENTICATED", response.jsonPath().getString("errors[0].extensions.code"), response.asString());
    }

    @Test
    void noOtherOriginIsAllowed() {
        Response response = CorsTest.preflight(CorsTest.ORIGIN);
        assertNotEquals(CorsTest.ORIGIN, response.header("Access-Control-Allow-Origin"), response.headers().toString());
    }
}
