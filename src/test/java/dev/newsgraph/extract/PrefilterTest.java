package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrefilterTest {

    @Test
    void theLiteralsAreThoseEveryMatchContains() {
        assertEquals(List.of("drone", "air strike", "airstrike"),
                Prefilter.literals(Pattern.compile("\\b(drones?|air ?strikes?)\\b")));
        assertEquals(List.of("protest", "demonstrat", "rally", "rallied"),
                Prefilter.literals(Pattern.compile("\\b(protest\\w*|demonstrat\\w*|rall(y|ied))\\b")));
        assertEquals(List.of("according to "), Prefilter.literals(Pattern.compile("(?:,\\s*)?\\baccording to ([^,.]+)")));
        assertEquals(List.of("'s", "’s"), Prefilter.literals(Pattern.compile("\\p{Lu}\\w+['’]s\\b")));
        // what a lookahead or lookbehind reads is in the text, though not in the match; what a negative one reads is not
        assertEquals(List.of("wounded", "injured"),
                Prefilter.literals(Pattern.compile("(\\d+)(?=\\s+and\\s+\\d+\\s+(?:wounded|injured)\\b)")));
        assertEquals(List.of("killed "), Prefilter.literals(Pattern.compile("(?<=killed )\\d+")));
        assertNull(Prefilter.literals(Pattern.compile("(?<!killed )\\d+(?!\\s+wounded)")));
    }

    @Test
    void aPatternItCannotReadOrThatMayMatchWithoutALiteralHasNoFilter() {
        assertNull(Prefilter.literals(Pattern.compile("\\p{Lu}\\w+")));
        assertNull(Prefilter.literals(Pattern.compile("(?:killed)?\\d+")));
        assertNull(Prefilter.literals(Pattern.compile("(kill)\\1")), "back references are not read");
        assertNull(Prefilter.literals(Pattern.compile("a b", Pattern.COMMENTS)));
        assertNull(Prefilter.literals(Pattern.compile("killed|\\d+")), "one branch without a literal");
        assertTrue(Prefilter.mayFind(Pattern.compile("\\p{Lu}\\w+"), "anything"));
    }

    @Test
    void longTextsFoldOnlyTheirAsciiLettersWhetherOrNotTheyHoldOthers() {
        Pattern killed = Pattern.compile("(?i)\\bkill(?:ed|ing)\\b");
        assertTrue(Prefilter.mayFind(killed, "POLICE IN THE NORTHERN TOWN SAID GUNMEN KILLED TWO GUARDS ON SUNDAY"));
        assertTrue(Prefilter.mayFind(killed, "POLICE IN THE NORTHERN TOWN OF ÇORUM SAID GUNMEN KILLED TWO GUARDS"));
        // the regex folds ASCII letters only: the Kelvin sign is no K
        assertFalse(Prefilter.mayFind(killed, "POLICE IN THE NORTHERN TOWN OF ÇORUM SAID GUNMEN \u212AILLED TWO GUARDS"));
    }

    @Test
    void caseInsensitivePatternsAreFilteredWithoutCase() {
        Pattern killed = Pattern.compile("(?i)\\bkill(?:ed|ing)\\b");
        assertTrue(Prefilter.mayFind(killed, "GUNMEN KILLED TWO"));
        assertTrue(Prefilter.mayFind(Pattern.compile("\\bkill(?:ed|ing)\\b", Pattern.CASE_INSENSITIVE), "Killing"));
        assertFalse(Prefilter.mayFind(killed, "No one was hurt."));
        assertFalse(Prefilter.mayFind(Pattern.compile("\\bkilled\\b"), "KILLED"), "case counts without the flag");
    }

    @Test
    void aFilteredMatcherFindsNothingAndIsNotMadeAgain() {
        Pattern killed = Pattern.compile("\\bkilled\\b");
        Matcher none = Prefilter.matcher(killed, "No one was hurt.");
        assertFalse(none.find());
        assertFalse(none.find(), "nor on a second try");
        assertFalse(Prefilter.matcher(killed, "Nobody was hurt.").matches());
        assertFalse(Prefilter.matcher(killed, "Nobody was hurt.").lookingAt());
        assertSame(none, Prefilter.matcher(killed, "Nobody was hurt."), "one matcher for every text ruled out");
        Matcher found = Prefilter.matcher(killed, "Two were killed.");
        assertTrue(found.find());
        assertEquals("killed", found.group());
        assertNotSame(none, found);
    }

    @Test
    void eachThreadHasItsOwnMatcherThatFindsNothing() throws InterruptedException {
        Pattern killed = Pattern.compile("\\bkilled\\b");
        Matcher mine = Prefilter.matcher(killed, "No one was hurt.");
        Matcher[] theirs = new Matcher[1];
        Thread other = new Thread(() -> theirs[0] = Prefilter.matcher(killed, "No one was hurt."));
        other.start();
        other.join();
        assertFalse(theirs[0].find());
        assertNotSame(mine, theirs[0]);
    }

    /**
     * The guarantee, on every pattern the extractors hold and every line of the real copy and the invented set (as
     * written and lower-cased, as incident types read it): where the filter says no, the regex finds nothing.
     */
    @Test
    void neverSaysNoWhereTheRegexFinds() throws Exception {
        new ArticleExtractor().extract(Seeds.read("/sample/feeds/" + Seeds.FEED_000), "prefilter"); // fills pattern caches
        List<Pattern> patterns = extractorPatterns();
        List<String> lines = copyLines();
        int filtered = 0;
        for (Pattern p : patterns) {
            for (String line : lines) {
                for (String text : List.of(line, line.toLowerCase(Locale.ROOT))) {
                    if (!Prefilter.mayFind(p, text)) {
                        filtered++;
                        assertFalse(p.matcher(text).find(), () -> "filtered out, yet found: /" + p + "/ in: " + text);
                    }
                }
            }
        }
        assertTrue(patterns.size() > 100, "patterns found: " + patterns.size());
        assertTrue(filtered > patterns.size() * lines.size() / 2, "filtered " + filtered + " of " + 2 * patterns.size() * lines.size());
    }

    /**
     * A pattern of words in alternation is answered by its literals alone; any other construct (a word boundary here)
     * leaves the answer to the regex.
     */
    @Test
    void wordsInAlternationAreFoundByTheFilterAlone() {
        Pattern cue = Pattern.compile("kill|dead|died", Pattern.CASE_INSENSITIVE);
        assertTrue(Prefilter.find(cue, "Gunmen KILLED two villagers on Sunday, police said."));
        assertTrue(Prefilter.find(cue, "Five people died."));
        assertFalse(Prefilter.find(cue, "No one was hurt in the blast, the governor said on Monday evening."));
        assertFalse(Prefilter.find(Pattern.compile("died"), "Five people DIED."), "case counts without the flag");
        Pattern bounded = Pattern.compile("\\bkill\\b", Pattern.CASE_INSENSITIVE);
        assertFalse(Prefilter.find(bounded, "Officials praised the skill of the rescuers who searched the rubble all night."));
        assertTrue(Prefilter.find(bounded, "Vowing to kill again, the group issued a statement."));
    }

    /**
     * On every pattern of words the extractors hold (the cue words of the figure rules ...) and every line of the copy,
     * {@code find} answers as the regex does; any other pattern it leaves to the regex wherever the filter says "may".
     */
    @Test
    void findAnswersAsTheRegex() throws Exception {
        new ArticleExtractor().extract(Seeds.read("/sample/feeds/" + Seeds.FEED_000), "prefilter");
        List<String> lines = copyLines();
        List<Pattern> words = extractorPatterns().stream().filter(p -> p.pattern().matches("[A-Za-z0-9 |]+")).toList();
        assertTrue(words.size() > 20, "patterns of words: " + words.size());
        int found = 0;
        for (Pattern p : words) {
            for (String line : lines) {
                for (String text : List.of(line, line.toLowerCase(Locale.ROOT))) {
                    boolean regex = p.matcher(text).find();
                    assertEquals(regex, Prefilter.find(p, text), () -> "/" + p + "/ in: " + text);
                    assertEquals(regex, Prefilter.find(p, new StringBuilder(text)), () -> "/" + p + "/ in: " + text);
                    found += regex ? 1 : 0;
                }
            }
        }
        assertTrue(found > 1000, "found: " + found);
    }

    /**
     * A long text is filtered through its digest (its character pairs, computed once), a short one or a builder by
     * scanning: both give the same answer, on every pattern and line.
     */
    @Test
    void theDigestAnswersAsTheScan() throws Exception {
        new ArticleExtractor().extract(Seeds.read("/sample/feeds/" + Seeds.FEED_000), "prefilter");
        List<String> lines = copyLines();
        int said = 0;
        for (Pattern p : extractorPatterns()) {
            for (String line : lines) {
                for (String text : List.of(line, line.toLowerCase(Locale.ROOT))) {
                    boolean digest = Prefilter.mayFind(p, text);
                    assertEquals(Prefilter.mayFind(p, new StringBuilder(text)), digest, () -> "/" + p + "/ in: " + text);
                    said += digest && text.length() >= 48 && Prefilter.literals(p) != null ? 1 : 0;
                }
            }
        }
        assertTrue(said > 1000, "digests that said yes: " + said);
    }

    private static List<Pattern> extractorPatterns() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path dir = Path.of(Prefilter.class.getResource("Prefilter.class").toURI()).getParent();
        List<Pattern> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = f.getFileName().toString().replace(".class", "");
                for (Field field : Class.forName("dev.newsgraph.extract." + name).getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                        field.setAccessible(true);
                        collect(field.get(null), out);
                    }
                }
            }
        }
        return out;
    }

    private static void collect(Object value, List<Pattern> out) {
        if (value instanceof Pattern p) {
            out.add(p);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                collect(v, out);
            }
        }
    }

    private static List<String> copyLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines;
    }
}
