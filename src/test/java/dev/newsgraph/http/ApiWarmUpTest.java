package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's reads against the served schema and the sample data: every operation of warm-up/queries.graphql finds
 * its variables and is answered without errors, over HTTP, so a schema change that breaks one fails here rather than
 * in a log line after start.
 */
@QuarkusTest
class ApiWarmUpTest {
    @Inject
    ApiWarmUp warmUp;
    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void everyWarmUpReadIsAnsweredWithoutErrors() {
        ApiWarmUp.Result result = warmUp.run(endpoint, Duration.ofMillis(500));

        assertEquals(List.of("FrontPage", "ArticlePage", "PersonPage", "OrganizationPage", "PlacePage",
                "IncidentsInCountry", "IncidentsWithin", "Events", "EventPage", "Statements", "People"), result.operations());
        assertEquals(0, result.failed());
        assertTrue(result.answered() >= result.operations().size(), "one round at least: " + result);
    }
}
