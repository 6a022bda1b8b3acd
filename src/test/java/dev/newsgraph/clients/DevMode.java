package dev.newsgraph.clients;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The service in dev mode, started as a developer starts it ({@code ./mvnw quarkus:dev}) on a free port, with the
 * sample data; its output goes to target/dev-mode.log. Closing stops it and its embedded PostgreSQL.
 */
final class DevMode implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Path LOG = Path.of("target/dev-mode.log");

    private final Process process;
    private final int port;

    private DevMode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static DevMode start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // No debugger port and no interactive console: several dev instances may run on one machine.
        Process process = new ProcessBuilder(Path.of("mvnw").toAbsolutePath().toString(), "-B", "-ntp", "quarkus:dev",
                "-Dquarkus.http.port=" + port, "-Ddebug=false", "-Dquarkus.console.enabled=false",
                "-Dquarkus.analytics.disabled=true",
                // Dev mode regenerates the Kubernetes manifests with its port: not over the ones DeploymentFilesIT checks.
                "-Dquarkus.kubernetes.output-directory=target/dev-mode-kubernetes")
                .redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        DevMode devMode = new DevMode(process, port);
        try {
            devMode.awaitReady();
        } catch (RuntimeException | AssertionError | InterruptedException e) {
            devMode.close();
            throw e;
        }
        return devMode;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits for readiness and for the sample data, which dev mode loads at start. */
    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("./mvnw quarkus:dev stopped with exit code " + process.exitValue() + "; see " + LOG.toAbsolutePath());
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> articles = http.send(HttpRequest.newBuilder(URI.create(url("/graphql")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ articles { totalCount } }\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && articles.statusCode() == 200 && !articles.body().contains("\"totalCount\":0")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
        fail("dev mode was not ready within " + START_TIMEOUT + "; see " + LOG.toAbsolutePath());
    }

    @Override
    public void close() {
        // SIGTERM to Quarkus first, so that it stops its embedded PostgreSQL, then to Maven.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String log() {
        try {
            return Files.exists(LOG) ? Files.readString(LOG) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
