package dev.newsgraph.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The native executable holds only the resources {@code quarkus.native.resources.includes} lists (and what Quarkus
 * bundles itself: the configuration, the migrations, the explorer's static files). A resource read by name that is
 * not listed builds fine and is missing at run time: the extractor then runs without a model or a lexicon, and answers
 * differently from the jar. CI cannot build native, so this checks the list against what the code reads.
 */
class NativeResourcesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    /** Bundled by Quarkus's extensions without the list. */
    private static final Set<String> BUNDLED_BY_QUARKUS = Set.of("application.properties", "META-INF/", "db/migration/");
    /** A string literal naming a file by its extension: a resource when the class path has it. */
    private static final Pattern FILE_LITERAL = Pattern.compile("\"/?([\\w.-]+(?:/[\\w.-]+)*\\.[a-z]{2,8})\"");

    @Test
    void everyResourceFileOfTheProjectIsBundled() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(Files::isRegularFile).map(file -> RESOURCES.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> BUNDLED_BY_QUARKUS.stream().noneMatch(name::startsWith))
                    .filter(name -> !bundled(name)).forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), "not in quarkus.native.resources.includes: " + missing);
    }

    @Test
    void everyResourceTheCodeNamesIsBundled() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = FILE_LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    String name = literal.group(1);
                    if (onClassPath(name) && BUNDLED_BY_QUARKUS.stream().noneMatch(name::startsWith)) {
                        named.add(name);
                    }
                }
            }
        }
        // the OpenNLP models at the root of their jars, the incident-sentence model, the seed feeds at least
        assertTrue(named.stream().anyMatch(name -> name.startsWith("opennlp-")), "no OpenNLP model found: " + named);
        assertTrue(named.contains("extract/incident-sentence.maxent"), named.toString());
        List<String> missing = named.stream().filter(name -> !bundled(name)).toList();
        assertTrue(missing.isEmpty(), "read by the code, not in quarkus.native.resources.includes: " + missing);
    }

    @Test
    void theListDoesNotExcludeWhatItIncludes() throws IOException {
        for (String name : List.of("extract/gazetteer.tsv", "extract/gazetteer-local.tsv.gz", "extract/incident-sentence.maxent")) {
            assertFalse(matches("quarkus.native.resources.excludes", name), name);
            assertTrue(bundled(name), name);
        }
    }

    private static boolean bundled(String name) {
        try {
            return matches("quarkus.native.resources.includes", name) && !matches("quarkus.native.resources.excludes", name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether one of the comma-separated globs of the property matches the name ({@code **} crosses folders). */
    private static boolean matches(String property, String name) throws IOException {
        String globs = configuration().getProperty(property, "");
        return Arrays.stream(globs.split(",")).map(String::trim).filter(glob -> !glob.isEmpty())
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .anyMatch((PathMatcher matcher) -> matcher.matches(Path.of(name)));
    }

    private static Properties configuration() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static boolean onClassPath(String name) {
        return NativeResourcesTest.class.getClassLoader().getResource(name) != null;
    }
}
