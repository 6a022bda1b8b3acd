package dev.newsgraph.explorer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The explorer's JavaScript budget: everything any view can load (its own modules and the three libraries), gzipped
 * as a server would send it, must stay under 600 KB. Prints the size of each file.
 */
class ExplorerBudgetTest {
    static final long BUDGET = 600 * 1024;
    static final List<String> LIBRARIES = List.of(
            "META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js",
            "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
            "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js");

    @Test
    void javascriptUnder600KilobytesGzipped() throws IOException {
        List<String> lines = new ArrayList<>();
        long total = 0;
        long raw = 0;
        try (Stream<Path> files = Files.walk(ExplorerServingTest.APP.resolve("js"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                long gz = gzipped(bytes);
                total += gz;
                raw += bytes.length;
                lines.add(String.format("  %-40s %8d bytes, %7d gzipped", ExplorerServingTest.APP.relativize(file), bytes.length, gz));
            }
        }
        for (String library : LIBRARIES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(library)) {
                assertNotNull(in, "on the classpath: " + library);
                byte[] bytes = in.readAllBytes();
                long gz = gzipped(bytes);
                total += gz;
                raw += bytes.length;
                lines.add(String.format("  %-40s %8d bytes, %7d gzipped", library.replace("META-INF/resources/", ""), bytes.length, gz));
            }
        }
        System.out.println("Explorer JavaScript:");
        lines.forEach(System.out::println);
        System.out.printf("  total %d bytes, %d gzipped (%.0f KB of the %d KB budget)%n", raw, total, total / 1024.0, BUDGET / 1024);
        assertTrue(total < BUDGET, "JavaScript over budget: " + total + " bytes gzipped");
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
