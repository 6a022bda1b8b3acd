package dev.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * Prints what the first {@link ArticleExtractor#extract(String, String)} of a fresh JVM costs (issue 13, item 5): the
 * wall-clock time, the CPU of the extracting thread and of the whole process (the loading thread, the JIT compilers
 * and GC included), then the same for a second article and for the first one again. Not a test: run its main from the
 * test classpath, in a JVM of its own for each measurement.
 */
public final class FirstExtractCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) {
        String first = read("/extract/corpus/dev/004_fallujah-suicide-bomb.txt");
        String second = read("/extract/corpus/dev/005_italy-earthquake.txt");
        ArticleExtractor extractor = new ArticleExtractor();
        measure("first extract", () -> extractor.extract(first, "first"));
        measure("second extract", () -> extractor.extract(second, "second"));
        measure("the first article again", () -> extractor.extract(first, "first"));
    }

    /** Not {@link Seeds#read}: loading that class extracts the seed feeds. */
    private static String read(String resource) {
        try (InputStream in = FirstExtractCost.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void measure(String what, Runnable extract) {
        long wall = System.nanoTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        long process = OS.getProcessCpuTime();
        extract.run();
        System.out.printf("%-24s wall %6.0f ms, extracting thread's CPU %6.0f ms, process CPU %6.0f ms%n", what,
                (System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - thread) / 1e6,
                (OS.getProcessCpuTime() - process) / 1e6);
    }
}
