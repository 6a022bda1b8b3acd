package dev.newsgraph.graphql.subscription;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import dev.newsgraph.graphql.GraphQLWebSocket;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A real graphql-transport-ws client receives the events of a real ingest over HTTP. */
@QuarkusTest
class SubscriptionTest {
    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void ingestedArticleAndItsIncidentReachSubscribers() throws Exception {
        try (GraphQLWebSocket socket = new GraphQLWebSocket(graphql.getHost(), graphql.getPort())) {
            String ukraine = GraphQLClient.data("{ places(text: \"Ukraine\", kind: COUNTRY) { nodes { id } } }").getString("places.nodes[0].id");
            socket.subscribe("1", "subscription { articleIngested { headline } }");
            socket.subscribe("2", "subscription { incidentReported(within: \"" + ukraine + "\") { title } }");
            Thread.sleep(500);

            IngestMutation.ingest(List.of(Map.of(
                    "headline", "Drone strike hits Odesa port",
                    "paragraphs", List.of("A drone struck the port of Odesa overnight, officials said."),
                    "places", List.of(Map.of("name", "Ukraine", "kind", "COUNTRY", "countryCode", "UA"),
                            Map.of("name", "Odesa", "kind", "CITY", "countryCode", "UA", "parent", "Ukraine")),
                    "incidents", List.of(Map.of("type", "AIR_DRONE_STRIKE", "title", "Drone strike on Odesa port", "place", "Odesa")))));

            String received = String.valueOf(socket.next()) + socket.next();
            assertTrue(received.contains("Drone strike hits Odesa port"), received);
            assertTrue(received.contains("Drone strike on Odesa port"), received);
        }
    }
}
