package dev.newsgraph.node;

import static org.junit.jupiter.api.Assertions.fail;

import dev.newsgraph.support.ExternalTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A committed Node.js project under src/test (package.json, package-lock.json and its scripts) that a test runs:
 * copied to target/{name}/, installed there with {@code npm ci} (again only when the lock file changes, so
 * node_modules never lands in the source tree), its scripts run with {@code node}. Without Node.js and npm the
 * calling test fails on CI (CI=true) and is skipped with a WARNING elsewhere.
 */
public final class NodeProject {
    private static final int INSTALL_TIMEOUT_SECONDS = 600;

    private final Path source;
    private final Path work;

    private NodeProject(Path source, Path work) {
        this.source = source;
        this.work = work;
    }

    /**
     * The project in src/test/{folder}, installed and ready to run; {@code test} names the calling test in the
     * warning when Node.js is missing.
     */
    public static NodeProject install(String folder, String test) {
        ExternalTool.require(ExternalTool.works("node", "--version") && ExternalTool.works("npm", "--version"), test,
                "Node.js and npm are required");
        NodeProject project = new NodeProject(Path.of("src/test").resolve(folder), Path.of("target").resolve(folder));
        project.copyAndInstall();
        return project;
    }

    /** The folder the project runs in, under target/. */
    public Path directory() {
        return work;
    }

    /** Runs {@code node script args...}; fails the test on a non-zero exit or after the timeout. Returns the output. */
    public String node(int timeoutSeconds, String script, String... args) {
        return node(timeoutSeconds, Map.of(), script, args);
    }

    /** {@link #node(int, String, String...)} with more environment variables, e.g. a token kept off the command line. */
    public String node(int timeoutSeconds, Map<String, String> environment, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(Arrays.asList(args));
        Result result = run(command, environment, timeoutSeconds);
        if (result.exitCode() != 0) {
            fail(String.join(" ", command) + " failed with exit code " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    /** Runs a command in the project folder and returns its exit code and output (stdout and stderr together). */
    public Result run(List<String> command, Map<String, String> environment, int timeoutSeconds) {
        try {
            Path log = Files.createTempFile("node-project", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                            + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Copies every committed file (node_modules excluded) and runs {@code npm ci} when the lock file changed. */
    private void copyAndInstall() {
        try {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path relative = source.relativize(file);
                    if (relative.startsWith("node_modules")) {
                        continue;
                    }
                    Path target = work.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // Written after a successful install: node_modules is reused while the lock file stays the same.
            Path installedLock = work.resolve("installed.lock");
            byte[] lock = Files.readAllBytes(source.resolve("package-lock.json"));
            if (!Files.exists(installedLock) || !Arrays.equals(lock, Files.readAllBytes(installedLock))) {
                Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), INSTALL_TIMEOUT_SECONDS);
                System.out.println(install.output());
                if (install.exitCode() != 0) {
                    fail("npm ci in " + work + " failed:\n" + install.output());
                }
                Files.write(installedLock, lock);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit code and the output (stdout and stderr together) of a command. */
    public record Result(int exitCode, String output) {
    }
}
