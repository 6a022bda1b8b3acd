package dev.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the extraction lexicons from the classpath (never the file system: they are bundled into a native image). */
final class Resources {
    private Resources() {
    }

    /** Non-blank, non-comment lines of a classpath resource, split on tabs. */
    static List<String[]> rows(String name) {
        return rows(name, false);
    }

    /** The same for a gzipped resource. */
    static List<String[]> gzippedRows(String name) {
        return rows(name, true);
    }

    private static List<String[]> rows(String name, boolean gzipped) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource /extract/" + name);
            }
            InputStream raw = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
            BufferedReader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String col(String[] row, int i) {
        return i < row.length ? row[i].trim() : "";
    }
}
