package dev.newsgraph.clients;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What a client sees over HTTP, checked with Node's fetch (src/test/clients/http-statuses.mjs): under
 * application/graphql-response+json a request that cannot run (no token for a mutation, too deep, too complex, a
 * missing or wrongly typed variable, a bad Date) gets 4xx and no data, with a message that names the culprit and
 * leaks nothing; media types with lists, parameters and odd case are understood; a malformed ID in nodes(ids:) nulls
 * only its entry; @defer, when advertised, is answered incrementally.
 */
@QuarkusTest
class GraphQLOverHttpClientTest {
    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void answersAsTheSpecAndTheReadmeSay() {
        RealClients.run("GraphQL-over-HTTP client test", "HTTP", "http-statuses.mjs", graphql.toString());
    }
}
