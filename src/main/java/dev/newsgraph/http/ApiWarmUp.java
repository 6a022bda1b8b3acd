package dev.newsgraph.http;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import io.quarkus.runtime.ImageMode;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * After the HTTP server starts, sends the service's own read queries ({@code warm-up/queries.graphql}) to itself over
 * HTTP, one at a time, for {@code newsgraph.warm-up.duration}.
 * <p>
 * Why: a freshly started JVM runs the request path interpreted until the JIT compilers have compiled it, and on two
 * busy cores that takes a minute of traffic: a front-page client arriving 22 s after readiness got about 420 requests
 * per second at 3.4 ms of CPU each in its first five seconds, and about 765 at 1.4 ms after this warm-up
 * (docs/performance.md, "Warm-up after start"). One request at a time leaves the rest of the machine to the clients
 * that arrive meanwhile. The requests go through everything a client's does (HTTP, the checks, the compiled path and
 * the resolvers), so they count in the metrics like any other read.
 */
@ApplicationScoped
public class ApiWarmUp {
    private static final Logger LOG = Logger.getLogger(ApiWarmUp.class);
    private static final String QUERIES = "warm-up/queries.graphql";

    @Inject
    HttpServer server;
    @ConfigProperty(name = "newsgraph.warm-up.duration", defaultValue = "20s")
    Duration duration;
    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    void onHttpStart(@ObservesAsync HttpServerStart start) {
        if (duration.isZero() || duration.isNegative() || ImageMode.current() == ImageMode.NATIVE_RUN) {
            return;
        }
        String host = start.options().getHost();
        host = "0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        // The bound port: the options hold the configured one, which is 0 for "any free port".
        URI endpoint = URI.create("http://" + host + ":" + server.getPort() + "/" + rootPath.replaceFirst("^/", ""));
        Thread thread = new Thread(() -> run(endpoint, duration), "newsgraph-api-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** What a warm-up did: the operations it sent (those its variables could be found for) and their answers. */
    public record Result(List<String> operations, int answered, int failed) {
    }

    /** Sends the warm-up operations in turn, once each at least, then until the time is up. */
    public Result run(URI endpoint, Duration forHowLong) {
        long deadline = System.nanoTime() + forHowLong.toNanos();
        Session session = new Session(endpoint);
        List<String> operations = List.of();
        int answered = 0;
        int failed = 0;
        try {
            Map<String, Object> variables = session.discover();
            operations = session.operationsWith(variables);
            do { // one round at least: each operation once, however slow the first answers
                for (String operation : operations) {
                    JsonObject answer = session.send(operation, variables);
                    if (answer.getJsonArray("errors") == null) {
                        answered++;
                    } else {
                        failed++;
                        LOG.debugf("API warm-up: %s answered %s", operation, answer.getJsonArray("errors"));
                    }
                }
            } while (System.nanoTime() < deadline);
            LOG.infof("API warm-up: %d reads answered, %d with errors, in %d s (newsgraph.warm-up.duration)",
                    answered, failed, forHowLong.toSeconds());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("API warm-up stopped: %s", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(operations, answered, failed);
    }

    /** One client: the document, its operations and the variables they declare. */
    private static final class Session {
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final URI endpoint;
        private final String document = readDocument();
        private final Map<String, List<String>> declaredVariables = new LinkedHashMap<>();

        Session(URI endpoint) {
            this.endpoint = endpoint;
            Document parsed = Parser.parse(document);
            for (OperationDefinition operation : parsed.getDefinitionsOfType(OperationDefinition.class)) {
                declaredVariables.put(operation.getName(),
                        operation.getVariableDefinitions().stream().map(VariableDefinition::getName).toList());
            }
        }

        /** The ids and the country that the other operations read, from the first page of each list. */
        Map<String, Object> discover() throws IOException, InterruptedException {
            JsonObject data = send("Discover", Map.of()).getJsonObject("data", new JsonObject());
            Map<String, Object> variables = new HashMap<>();
            for (String[] list : new String[][] {{"articles", "article"}, {"people", "person"},
                    {"organizations", "organization"}, {"places", "place"}, {"events", "event"}}) {
                JsonObject first = firstNode(data, list[0]);
                if (first != null) {
                    variables.put(list[1], first.getString("id"));
                    if (first.getString("countryCode") != null) {
                        variables.put("country", first.getString("countryCode"));
                    }
                }
            }
            return variables;
        }

        List<String> operationsWith(Map<String, Object> variables) {
            return declaredVariables.entrySet().stream()
                    .filter(operation -> !operation.getKey().equals("Discover"))
                    .filter(operation -> variables.keySet().containsAll(operation.getValue()))
                    .map(Map.Entry::getKey).toList();
        }

        JsonObject send(String operation, Map<String, Object> variables) throws IOException, InterruptedException {
            Map<String, Object> declared = new HashMap<>();
            declaredVariables.getOrDefault(operation, List.of()).forEach(name -> declared.put(name, variables.get(name)));
            String body = new JsonObject().put("query", document).put("operationName", operation)
                    .put("variables", new JsonObject(declared)).encode();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return new JsonObject(response.body());
        }

        private static JsonObject firstNode(JsonObject data, String list) {
            JsonObject connection = data.getJsonObject(list);
            JsonArray nodes = connection == null ? null : connection.getJsonArray("nodes");
            return nodes == null || nodes.isEmpty() ? null : nodes.getJsonObject(0);
        }

        private static String readDocument() {
            try (InputStream in = ApiWarmUp.class.getClassLoader().getResourceAsStream(QUERIES)) {
                if (in == null) {
                    throw new IllegalStateException(QUERIES + " is missing from the application");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
