package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The prefilter gives up on a pattern silently (more than 64 literals in its most selective set, or none it can
 * read), and such a pattern then costs its regex at every position of every text it is asked about: a cue list that
 * grew past the limit made one extractor's pattern run on every sentence, unseen, for a whole round. Every pattern the
 * extractors ask the prefilter about must have literals.
 */
class PrefilterCoverageTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/newsgraph/extract");
    /** {@code Prefilter.matcher(NAME, ...)}, {@code Prefilter.find(EventCues.NAME, ...)}: a constant asked about. */
    private static final Pattern CALL = Pattern.compile("Prefilter\\.(?:matcher|find|mayFind)\\(\\s*(?:(\\w+)\\.)?([A-Z][A-Z0-9_]*)\\b");

    /** Every constant named at a call of the prefilter in the extractors' sources, whether or not the copy reaches it. */
    @Test
    void everyConstantAskedAboutHasLiterals() throws Exception {
        List<String> unfiltered = new ArrayList<>();
        int asked = 0;
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String owner = f.getFileName().toString().replace(".java", "");
                Matcher m = CALL.matcher(Files.readString(f));
                while (m.find()) {
                    String className = m.group(1) == null ? owner : m.group(1);
                    Field field = Class.forName("dev.newsgraph.extract." + className).getDeclaredField(m.group(2));
                    if (field.getType() != Pattern.class) {
                        continue; // a cache of patterns: the copy's test below reaches what it holds
                    }
                    field.setAccessible(true);
                    Pattern p = (Pattern) field.get(null);
                    asked++;
                    if (Prefilter.literals(p) == null) {
                        unfiltered.add(className + "." + m.group(2) + " /" + p + "/");
                    }
                }
            }
        }
        assertTrue(asked > 50, "constants asked about: " + asked);
        assertTrue(unfiltered.isEmpty(), "asked through the prefilter without literals: " + unfiltered);
    }

    /**
     * Every pattern the prefilter is asked about while extracting the invented set and {@code dev} (those too that a
     * call site takes from a table or a cache: figure rules, incident types), named by the field that holds it.
     */
    @Test
    void everyPatternAskedAboutOnTheCopyHasLiterals() throws Exception {
        ArticleExtractor extractor = new ArticleExtractor();
        for (String dir : List.of("src/test/resources/extract/eval", "src/test/resources/extract/corpus/dev")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    extractor.extract(Files.readString(f), f.getFileName().toString());
                }
            }
        }
        Map<Pattern, String> fields = fieldsHolding();
        TreeSet<String> unfiltered = new TreeSet<>();
        int asked = 0;
        for (Pattern p : Prefilter.asked()) {
            String field = fields.get(p);
            if (field == null) {
                continue; // a test's own pattern
            }
            asked++;
            if (Prefilter.literals(p) == null) {
                unfiltered.add(field + " /" + p + "/");
            }
        }
        assertTrue(asked > 100, "patterns asked about: " + asked);
        assertTrue(unfiltered.isEmpty(), "asked through the prefilter without literals: " + unfiltered);
    }

    /** The extractors' patterns, held in static fields or in the arrays, lists and maps they hold, by field name. */
    private static Map<Pattern, String> fieldsHolding() throws IOException, ReflectiveOperationException {
        Map<Pattern, String> out = new IdentityHashMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (Class<?> c : withNested(Class.forName("dev.newsgraph.extract." + f.getFileName().toString().replace(".java", "")))) {
                    for (Field field : c.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                            field.setAccessible(true);
                            collect(field.get(null), c.getSimpleName() + "." + field.getName(), out);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Class<?>> withNested(Class<?> c) {
        List<Class<?>> out = new ArrayList<>(List.of(c));
        for (Class<?> nested : c.getDeclaredClasses()) {
            out.addAll(withNested(nested));
        }
        return out;
    }

    private static void collect(Object value, String name, Map<Pattern, String> out) {
        if (value instanceof Pattern p) {
            out.putIfAbsent(p, name);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, name, out));
        } else if (value instanceof Collection<?> c) {
            collect(c.toArray(), name, out);
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                collect(array[i], name + "[" + i + "]", out);
            }
        }
    }
}
