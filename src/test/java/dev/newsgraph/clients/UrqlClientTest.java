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
}
