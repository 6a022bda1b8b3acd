package dev.newsgraph.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Clients that go away mid-request, and clients that come all at once, against the packaged application on a
 * generated graph of 10,000 articles (large enough that a front-page query is still running when it is cut).
 * Afterwards the service must serve normally: no connection held, the pool free, readiness UP.
 */
@QuarkusIntegrationTest
@WithTestResource(GeneratedGraphResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AbortedRequestsIT {
    private static final String FRONT_PAGE = "{ articles(first: 20) { nodes { headline people { name roles { title organization { name } } }"
            + " places { name parent { name } } } } }";
    private static final int POOL = 16;

    @BeforeAll
    static void generateGraph() throws Exception {
        TestDatabase database = GeneratedGraphResource.database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("set bench.articles = 10000");
            statement.execute(Files.readString(Path.of("scripts", "bench", "generate.sql")));
        }
    }

    @Test
    @Order(1)
    void hundredsOfAbortedRequestsLeaveNothingBehind() throws Exception {
        concurrentFrontPages(4, 5); // a warm service: the aborts below must cut running queries, not class loading
        int errorsBefore = serverErrors().size();
        int aborts = 400;
        AtomicInteger cutBeforeAnswer = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(40);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < aborts; i++) {
                int waitMillis = 5 + i % 60;
                done.add(clients.submit(() -> {
                    if (sendAndHangUp(FRONT_PAGE, waitMillis)) {
                        cutBeforeAnswer.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            clients.shutdown();
        }
        System.out.printf("[aborts] %d requests cut, %d of them before any answer%n", aborts, cutBeforeAnswer.get());
        assertTrue(cutBeforeAnswer.get() >= aborts / 4, "most requests must really be cut mid-flight: " + cutBeforeAnswer.get());

        awaitIdlePool();
        assertEquals(200, given().get("/q/health/ready").statusCode());
        assertEquals(0, metric("agroal_active_count"), "connections still held after the clients left");
        assertEquals(0, metric("agroal_awaiting_count"));
        assertEquals(List.of(0), concurrentFrontPages(POOL + 4, 3).stream().distinct().toList(), "errors after the aborts");
        List<String> logged = serverErrors();
        assertEquals(List.of(), logged.subList(errorsBefore, logged.size()), "a client that leaves is not a server error");
    }

    @Test
    @Order(2)
    void manyConcurrentClientsAllGetAnswers() throws Exception {
        // 64 clients, four times the pool: they wait their turn, none is refused or fails.
        List<Integer> errors = concurrentFrontPages(64, 4);
        assertEquals(0, errors.stream().mapToInt(Integer::intValue).sum(), "requests with errors: " + errors);
        awaitIdlePool();
        assertEquals(200, given().get("/q/health/ready").statusCode());
    }

    /** Sends a POST on a raw socket and closes it (with a reset) after waitMillis; true when no answer had come. */
    private static boolean sendAndHangUp(String query, int waitMillis) throws IOException {
        byte[] body = ("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            socket.setSoTimeout(waitMillis);
            InputStream in = socket.getInputStream();
            try {
                return in.read() < 0;
            } catch (SocketTimeoutException e) {
                return true;
            }
        }
    }

    /** Each of {@code clients} sends {@code rounds} front-page queries; per client, the number of answers with errors. */
    private static List<Integer> concurrentFrontPages(int clients, int rounds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + FRONT_PAGE.replace("\"", "\\\"") + "\"}"))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    int errors = 0;
                    for (int r = 0; r < rounds; r++) {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")
                                || !response.body().contains("\"headline\"")) {
                            System.out.println("[load] failed: " + response.statusCode() + " " + response.body());
                            errors++;
                        }
                    }
                    return errors;
                }));
            }
            List<Integer> errors = new ArrayList<>();
            for (Future<Integer> result : results) {
                errors.add(result.get());
            }
            return errors;
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitIdlePool() throws InterruptedException {
        // Work already on a connection when its client left finishes its statement; the rest stops at once. On a
        // shared 2-core machine the backlog of parsing and validating hundreds of requests can take a while.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (metric("agroal_active_count") != 0) {
            assertTrue(System.nanoTime() < deadline, "connections still held 90 s after the last request");
            Thread.sleep(100);
        }
    }

    /** The ERROR lines of the application's log (JSON lines, where the integration test run writes it). */
    private static List<String> serverErrors() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("target", "quarkus.log"))) {
            return lines.filter(line -> line.contains("\"level\":\"ERROR\"")).toList();
        }
    }

    private static double metric(String name) {
        String metrics = given().get("/q/metrics").asString();
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{datasource=\"default\"} (\\S+)$").matcher(metrics);
        assertTrue(matcher.find(), name + " not in /q/metrics");
        return Double.parseDouble(matcher.group(1));
    }
}
