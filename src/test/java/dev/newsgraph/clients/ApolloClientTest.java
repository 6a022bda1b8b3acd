package dev.newsgraph.clients;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Apollo Client 4 (src/test/clients/apollo.mjs) pages the articles connection forward (first/after) and backward
 * (last/before) with fetchMore into an InMemoryCache with relayStylePagination: the merged pages must be exactly the
 * server's list, no duplicate, no gap. Then it refetches articles through node(id:).
 */
@QuarkusTest
class ApolloClientTest {
    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void pagesAConnectionForwardAndBackAndRefetchesNodes() {
        RealClients.run("Apollo Client test", "APOLLO", "apollo.mjs", graphql.toString());
    }

    /**
     * Automatic persisted queries (src/test/clients/persisted-queries.mjs): a new query goes out as a hash-only GET,
     * is answered PersistedQueryNotFound and retried with its text; from then on one hash-only GET gets the data, with
     * headers a CDN may cache; mutations are never sent with GET.
     */
    @Test
    void sendsQueriesByHashWithAutomaticPersistedQueries() {
        RealClients.run("Apollo Client persisted queries test", "APQ", "persisted-queries.mjs", "apollo", graphql.toString());
    }
}
