package dev.newsgraph.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a program outside the JDK (Chromium, Node.js) is missing: on CI (CI=true) it fails, since CI
 * must run every test; elsewhere, e.g. a newcomer's machine with only a JDK, it is reported as skipped with a
 * WARNING line that says what did not run, so that {@code ./mvnw verify} still works there.
 */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** Fails on CI, skips with a warning elsewhere, unless {@code available}. */
    public static void require(boolean available, String test, String missing) {
        if (available) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(missing + ": CI must run the " + test);
        }
        System.out.println("WARNING: " + test + " NOT RUN: " + missing + "; install them to run it");
        Assumptions.abort(missing + " (not installed here; CI=true makes this a failure)");
    }

    /** Whether the command starts and exits with 0, e.g. {@code node --version}. */
    public static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
