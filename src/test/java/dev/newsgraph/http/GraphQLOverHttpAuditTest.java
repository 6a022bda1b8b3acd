package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the audit of the GraphQL-over-HTTP spec that ships with the npm package graphql-http (pinned in
 * src/test/graphql-http-audit/package-lock.json) against the service on its test port. Needs Node.js and npm; the
 * packages are installed once into target/graphql-http-audit and reinstalled only when the lock file changes.
 * Without Node.js it fails on CI (CI=true); elsewhere, e.g. a newcomer's machine with only a JDK, it is reported
 * as skipped with a warning. -Dnewsgraph.audit.skip=true skips it on request.
 */
@QuarkusTest
class GraphQLOverHttpAuditTest {
    private static final Path SOURCE = Path.of("src/test/graphql-http-audit");
    private static final Path WORK = Path.of("target/graphql-http-audit");
    private static final Pattern SUMMARY = Pattern.compile("AUDIT MUST (\\d+)/(\\d+) SHOULD (\\d+)/(\\d+) MAY (\\d+)/(\\d+)");

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void passesEveryMustAndShouldAudit() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("newsgraph.audit.skip"),
                "graphql-http audit skipped on request (-Dnewsgraph.audit.skip=true)");
        if (!commandWorks("node", "--version") || !commandWorks("npm", "--version")) {
            String missing = "Node.js and npm are required for the graphql-http audit";
            if ("true".equals(System.getenv("CI"))) {
                fail(missing + ": CI must run it");
            }
            // A newcomer's machine may have only a JDK: everything else still runs, and this says loudly what did not.
            System.out.println("WARNING: graphql-http audit NOT RUN: " + missing + "; install them to run it");
            Assumptions.abort(missing + " (not installed here; CI=true makes this a failure)");
        }
        installAudit();
        String output = run(List.of("node", "audit.mjs", graphql.toString()), 120);
        System.out.println(output);
        Matcher summary = SUMMARY.matcher(output);
        assertTrue(summary.find(), "no audit summary in the output of audit.mjs");
        int must = Integer.parseInt(summary.group(1));
        int should = Integer.parseInt(summary.group(3));
        System.out.printf("graphql-http audit: MUST %s/%s, SHOULD %s/%s, MAY %s/%s%n", summary.group(1),
                summary.group(2), summary.group(3), summary.group(4), summary.group(5), summary.group(6));
        assertEquals(13, Integer.parseInt(summary.group(2)), "number of MUST audits in graphql-http changed");
        assertEquals(13, must, "MUST audits failed; see the lines above");
        // All 23 SHOULD audits pass today; keep it that way.
        assertEquals(23, should, "SHOULD audits failed; see the lines above");
    }

    private static void installAudit() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        for (String file : new String[] {"audit.mjs", "package.json", "package-lock.json"}) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        // Written after a successful install: node_modules is reused while the lock file stays the same.
        Path installedLock = WORK.resolve("installed.lock");
        byte[] lock = Files.readAllBytes(SOURCE.resolve("package-lock.json"));
        if (!Files.exists(installedLock) || !Arrays.equals(lock, Files.readAllBytes(installedLock))) {
            System.out.println(run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300));
            Files.write(installedLock, lock);
        }
    }

    private static boolean commandWorks(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("graphql-http-audit", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(WORK.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
