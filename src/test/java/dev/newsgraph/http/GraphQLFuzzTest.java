package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Sends random schema-valid queries and random malformed requests to /graphql and checks that none gets a 5xx, that
 * every error has a code of the stable vocabulary and none is a server fault (INTERNAL), and that no response shows
 * internals (exception or class names, SQL, stack frames). The seed is fixed, so a failure replays; {@code -Dnewsgraph.fuzz.requests=5000} sends more,
 * {@code -Dnewsgraph.fuzz.seed=N} varies them.
 */
@QuarkusTest
class GraphQLFuzzTest {
    private static final int REQUESTS = Integer.getInteger("newsgraph.fuzz.requests", 400);
    private static final long SEED = Long.getLong("newsgraph.fuzz.seed", 20251123L);
    private static final Set<String> CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "DATABASE_UNAVAILABLE",
            "LIMIT_EXCEEDED", "INTERNAL", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_HASH_MISMATCH");
    private static final List<String> LEAKS = List.of("Exception", "java.", "javax.", "jakarta.", "org.", "io.quarkus",
            "io.smallrye", "io.vertx", "dev.newsgraph", "SQL", "\tat ", "at dev.", "Caused by");

    @TestHTTPResource("/graphql")
    URI graphql;

    // HTTP/1.1: the JDK client otherwise upgrades to HTTP/2 over cleartext, and fails a request in flight when the
    // server ends an upgraded connection (GOAWAY) rather than sending it again.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void randomRequestsGetNoServerErrorAndLeakNothing() throws Exception {
        Random random = new Random(SEED);
        RandomOperations operations = new RandomOperations(
                GraphQLClient.post(RandomOperations.introspectionQuery(), Map.of()).jsonPath(), random);
        MalformedRequests malformed = new MalformedRequests(random);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int valid = 0;
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            Map<String, Object> operation = operations.next();
            MalformedRequests.RawRequest request;
            if (random.nextInt(10) < 6) {
                valid++;
                request = new MalformedRequests.RawRequest("POST", "", "application/json",
                        random.nextBoolean() ? "application/json" : "application/graphql-response+json",
                        Json.encode(operation).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                request = malformed.next((String) operation.get("query"));
            }
            HttpResponse<String> response = send(request);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            operations.learnFrom(response.body());
            String problem = problem(response);
            if (problem != null) {
                failures.add("#" + i + " " + problem + "\n  request: " + request.method() + " ?" + request.queryString()
                        + " " + request.contentType() + " " + preview(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8))
                        + "\n  response: " + response.statusCode() + " " + preview(response.body()));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("GraphQL fuzz: seed %d, %d requests (%d schema-valid, %d malformed) in %d ms; statuses %s%n",
                SEED, REQUESTS, valid, REQUESTS - valid, millis, statuses);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(REQUESTS, statuses.values().stream().mapToInt(Integer::intValue).sum());
    }

    private HttpResponse<String> send(MalformedRequests.RawRequest request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(graphql + (request.queryString().isEmpty() ? "" : "?" + request.queryString())))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // A kept-alive connection the server closed after its last answer, reused by the client in the same
            // instant: the request never reached the server. Sent once more on a new connection, and counted.
            System.out.println("WARNING: sent again after " + e.getMessage());
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** What is wrong with a response, or null. */
    private String problem(HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            return "server error " + response.statusCode();
        }
        String body = response.body();
        JsonObject json;
        try {
            json = body.isEmpty() ? new JsonObject() : new JsonObject(body);
        } catch (DecodeException e) {
            return LEAKS.stream().filter(body::contains).findFirst().map(leak -> "non-JSON body shows '" + leak + "'").orElse(null);
        }
        JsonArray errors = json.getJsonArray("errors", new JsonArray());
        // 413/414/431: the HTTP server's own size limits, answered before any route runs.
        if (response.statusCode() >= 400 && errors.isEmpty() && !Set.of(413, 414, 431).contains(response.statusCode())) {
            return "refusal without a GraphQL error";
        }
        for (Object item : errors) {
            JsonObject error = (JsonObject) item;
            Object code = error.getJsonObject("extensions", new JsonObject()).getValue("code");
            if (!CODES.contains(code)) {
                return "error without a stable code: " + error.encode();
            }
            if ("INTERNAL".equals(code)) {
                return "server fault (INTERNAL; its cause is in the server log): " + error.encode();
            }
            String leak = LEAKS.stream().filter(error.encode()::contains).findFirst().orElse(null);
            if (leak != null) {
                return "error shows '" + leak + "': " + error.encode();
            }
        }
        return null;
    }

    private static String preview(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…(" + text.length() + " chars)" : text;
    }
}
