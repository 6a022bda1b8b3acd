package dev.newsgraph.graphql.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsgraph.graphql.GraphQLWebSocket;
import dev.newsgraph.graphql.IngestMutation;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Subscription payloads resolve every field a query can, nested lists included, over a real graphql-transport-ws
 * connection: the event of a real ingest arrives whole, with the same values a query returns.
 */
@QuarkusTest
class SubscriptionPayloadTest {
    private static final String ARTICLE_FIELDS = """
            id headline publishedOn ingestedAt
            dateline { name country { name } }
            source { name }
            people { name roles { title place { name } } }
            organizations { name kind }
            places { name kind parent { name } }
            mentions { sentence entity { name } }
            statements { text speaker { name } about { name } }
            feeds { name }
            photos { caption }
            incidents { title figures { kind value reportedBy { name } } actors { role entity { name } } articles { headline } }
            """;
    private static final String INCIDENT_FIELDS = """
            title occurredOn killed injured
            place { name parent { name } }
            figures { kind value reportedBy { name } }
            actors { role attribution entity { name } }
            perpetrators { entity { name } }
            reporters { name }
            munitions { weapon quantity }
            articles { headline people { name } }
            """;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void nestedFieldsOfEveryKindArrive() throws Exception {
        try (GraphQLWebSocket socket = new GraphQLWebSocket(graphql.getHost(), graphql.getPort())) {
            socket.subscribe("a", "subscription { articleIngested { " + ARTICLE_FIELDS + " } }");
            socket.subscribe("d", "subscription { articleIngested { dateline { name } } }");
            socket.subscribe("i", "subscription { incidentReported { " + INCIDENT_FIELDS + " } }");
            Thread.sleep(500);

            IngestMutation.ingest(List.of(article("Drone attack on Kherson injures three, governor says")));

            JsonObject first = socket.next();
            JsonObject second = socket.next();
            System.out.println(socket.next());
            assertNotNull(first, "no event arrived");
            assertNotNull(second, "only one event arrived: " + first);
            System.out.println(first.encodePrettily());
            System.out.println(second.encodePrettily());
        }
    }

    private static Map<String, Object> article(String headline) {
        return Map.of(
                "headline", headline,
                "paragraphs", List.of(
                        "A Russian drone attack on Kherson injured three people overnight, Governor Oleksandr Prokudin said on Telegram.",
                        "\"Air defence was working over the city,\" Prokudin said."),
                "publishedOn", "2025-06-11",
                "dateline", "Kherson",
                "feed", "subscription-payload.txt",
                "people", List.of(Map.of("name", "Oleksandr Prokudin", "aliases", List.of("Prokudin"),
                        "roles", List.of(Map.of("title", "Governor", "place", "Kherson", "current", true)))),
                "organizations", List.of(Map.of("name", "Russian armed forces", "kind", "MILITARY", "countryCode", "RU"),
                        Map.of("name", "Telegram", "kind", "PLATFORM")),
                "places", List.of(Map.of("name", "Ukraine", "kind", "COUNTRY", "countryCode", "UA"),
                        Map.of("name", "Kherson", "kind", "CITY", "countryCode", "UA", "parent", "Ukraine")),
                "statements", List.of(Map.of("kind", "QUOTE", "text", "Air defence was working over the city",
                        "speaker", "Prokudin", "channel", "Telegram", "about", List.of("Kherson"))),
                "incidents", List.of(Map.of("type", "AIR_DRONE_STRIKE", "title", "Overnight drone attack on Kherson",
                        "occurredOn", "2025-06-11", "place", "Kherson",
                        "actors", List.of(Map.of("role", "PERPETRATOR", "entity", "Russian armed forces")),
                        "figures", List.of(Map.of("kind", "INJURED", "value", 3, "reportedBy", "Prokudin")))));
    }
}
