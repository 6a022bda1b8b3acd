package dev.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLWebSocket;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database: a subscriber of either one hears of an article ingested through the other,
 * because events travel through PostgreSQL LISTEN/NOTIFY, not through the memory of one instance.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresResource.class)
class ScaleOutIT {
    @TestHTTPResource("/graphql")
    URI first;

    @Test
    void subscribersOfEveryInstanceReceiveAnIngestMadeOnAnother() throws Exception {
        TestDatabase database = PostgresResource.database();
        int secondPort = TestDatabase.reservedPort("it.second-instance.port");
        try (SecondInstance second = SecondInstance.start(secondPort, Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(), "quarkus.datasource.username", database.username()));
             GraphQLWebSocket onFirst = new GraphQLWebSocket(first.getHost(), first.getPort());
             GraphQLWebSocket onSecond = new GraphQLWebSocket(first.getHost(), second.port)) {
            onFirst.subscribe("1", "subscription { articleIngested { headline } }");
            onSecond.subscribe("1", "subscription { articleIngested { headline } }");
            Thread.sleep(500);

            String headline = "Scale-out check " + UUID.randomUUID();
            IngestMutation.ingest(second.port, List.of(IngestMutation.article(headline)));

            String receivedOnFirst = String.valueOf(onFirst.next());
            String receivedOnSecond = String.valueOf(onSecond.next());
            assertTrue(receivedOnFirst.contains(headline), receivedOnFirst);
            assertTrue(receivedOnSecond.contains(headline), receivedOnSecond);
        }
    }
}
