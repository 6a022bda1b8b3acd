package dev.newsgraph.clients;

import dev.newsgraph.security.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * graphql-ws 6 subscriptions with nested selections (src/test/clients/subscriptions.mjs): articleIngested with every
 * nested object and list field, the Relay app's subscription with its ArticleCard fragment, incidentReported with and
 * without a place filter. An article ingested over HTTP must reach each of them, equal to what node(id:) answers.
 */
@QuarkusTest
class GraphQLWsTest {
    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void subscriptionsDeliverNestedSelections() {
        RealClients.run("graphql-ws test", Map.of("NEWSGRAPH_TOKEN", Tokens.editor()), "SUBSCRIPTIONS", "subscriptions.mjs",
                graphql.toString());
    }
}
