package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Switched off, persisted queries answer PersistedQueryNotSupported, on which Apollo Client and urql stop sending
 * hashes and send their queries in full; requests without the extension are not concerned.
 */
class PersistedQueriesOffTest {
    private final PersistedQueries off = new PersistedQueries();

    @Test
    void aRequestNamingAHashIsToldPersistedQueriesAreNotSupported() {
        JsonObject extensions = new JsonObject().put("persistedQuery",
                new JsonObject().put("version", 1).put("sha256Hash", PersistedQueries.sha256("{ __typename }")));
        for (String query : new String[] {null, "{ __typename }"}) {
            RefusedRequest refused = assertThrows(RefusedRequest.class, () -> off.resolve(
                    new GraphQLHttpRequest(query, null, extensions), GraphQLMediaType.GRAPHQL_RESPONSE_JSON));
            assertEquals(400, refused.status);
            assertEquals(Map.of("code", "PERSISTED_QUERY_NOT_SUPPORTED"), refused.errors.get(0).get("extensions"));
            assertEquals("PersistedQueryNotSupported", refused.errors.get(0).get("message"));
        }
    }

    @Test
    void aRequestWithoutTheExtensionIsNotConcerned() {
        assertNull(off.resolve(new GraphQLHttpRequest("{ __typename }", null, new JsonObject()), GraphQLMediaType.APPLICATION_JSON));
    }
}
