package dev.newsgraph.clients;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * urql 6 (src/test/clients/urql.mjs) pages the articles connection by hand, forward with first/after and backward
 * with last/before: the concatenated pages must be exactly the server's list, no duplicate, no gap. Then it refetches
 * an article through node(id:).
 */
@QuarkusTest
class UrqlClientTest {
    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void pagesAConnectionForwardAndBackByItsCursors() {
        RealClients.run("urql test", "URQL", "urql.mjs", graphql.toString());
    }

    /**
     * Automatic persisted queries (src/test/clients/persisted-queries.mjs): a new query goes out as a hash-only GET,
     * is answered PersistedQueryNotFound and retried with its text; from then on one hash-only GET gets the data, with
     * headers a CDN may cache; mutations are never sent with GET.
     */
    @Test
    void sendsQueriesByHashWithAutomaticPersistedQueries() {
        RealClients.run("urql persisted queries test", "APQ", "persisted-queries.mjs", "urql", graphql.toString());
    }
}
