package dev.newsgraph.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 15 (zonky's embedded binaries, which quarkus-embedded-postgresql already brings onto the test
 * classpath) on a fixed port with a fixed data directory, so that a test can stop it and start it again with its
 * data intact, as after a database restart.
 */
final class TestDatabase {
    private final int port;
    private final Path dataDirectory;
    private EmbeddedPostgres postgres;

    TestDatabase(int port) {
        this.port = port;
        this.dataDirectory = Path.of("target", "it-postgres-" + port);
    }

    /** Starts on an empty data directory. */
    void startEmpty() {
        deleteDataDirectory();
        start();
    }

    /** Starts on the existing data directory. */
    void start() {
        try {
            postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (fast shutdown: open connections are closed), keeping the data directory. */
    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    String username() {
        return "postgres";
    }

    static int reservedPort(String property) {
        String port = System.getProperty(property);
        if (port == null) {
            throw new IllegalStateException(property + " is not set: run integration tests through Maven (failsafe), which reserves the port");
        }
        return Integer.parseInt(port);
    }

    private void deleteDataDirectory() {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
