package dev.newsgraph.it;

import static io.restassured.RestAssured.given;

import dev.newsgraph.security.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Another instance of the packaged application, as a separate process: the same artifact the integration tests run
 * (target/quarkus-artifact.properties says which: the jar, or the native executable), with its own HTTP port.
 */
final class SecondInstance implements AutoCloseable {
    private final Process process;
    final int port;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static SecondInstance start(int port, Map<String, String> config) throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path path = Path.of("target").resolve(artifact.getProperty("path"));
        boolean nativeExecutable = "native".equals(artifact.getProperty("type"));
        List<String> command = new ArrayList<>();
        // A heap limit, as in production: by default a JVM or native executable sizes its heap from the host.
        command.add(nativeExecutable ? path.toString() : Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(nativeExecutable ? "-Xmx256m" : "-Xmx512m");
        command.add("-Dquarkus.http.port=" + port);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        Tokens.trusted().forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (!nativeExecutable) {
            command.addAll(List.of("-jar", path.toString()));
        }
        Path log = Path.of("target", "second-instance-" + port + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SecondInstance instance = new SecondInstance(process, port);
        instance.awaitReady(Duration.ofSeconds(90), log);
        return instance;
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Second instance exited; see " + log.toAbsolutePath());
            }
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // connection refused while it starts
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Second instance not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
