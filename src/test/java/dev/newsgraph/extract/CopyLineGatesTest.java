package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cheap checks that spare the copy reader its patterns on most lines never spare one that the pattern would have
 * found: each check's premise (what every match of its pattern needs) holds on every line of the copy and on random
 * text, and the readers still read the shapes the patterns are for. So is the word-prefix set of known organizations.
 */
class CopyLineGatesTest {

    @Test
    void aTrailerOrEnditemIsOnlyFoundWhereTheParagraphEndsWithOne() throws Exception {
        Pattern trailer = pattern(CopyLines.class, "TRAILING_TRAILER");
        Method gate = gate(CopyLines.class, "mayCloseWithTrailer");
        for (String line : linesAndNoise()) {
            if (trailer.matcher(line).find()) {
                assertTrue((boolean) gate.invoke(null, line), line);
            }
        }
        assertEquals("Troops left the town on Monday, officials said.", CopyLines.withoutTrailer(
                "Troops left the town on Monday, officials said. (Reporting by Jane Doe in Kano; Editing by John Roe)  \n"));
        assertEquals("The meeting ends on Friday.", CopyLines.withoutTrailer("The meeting ends on Friday. Enditem "));
    }

    @Test
    void aForeignLabelIsOnlyFoundWhereTheLineHoldsAForeignScript() throws Exception {
        Pattern label = pattern(PlainCopyParser.class, "FOREIGN_LABEL");
        Method gate = gate(PlainCopyParser.class, "mayHoldForeignScript");
        for (String line : linesAndNoise()) {
            if (label.matcher(line).find()) {
                assertTrue((boolean) gate.invoke(null, line), line);
            }
        }
        assertFalse((boolean) gate.invoke(null, "Kenya’s police chief — “We will act” – resigns"), "dashes and curly quotes");
        List<RawArticle> read = new PlainCopyParser(new FeedParser()).parse(List.of("VOA常速英语:French Hostage Freed in Mali", "",
                "BAMAKO, Mali (AP) — A French hostage held for a year by gunmen in northern Mali was freed on Sunday, officials said."));
        assertEquals("French Hostage Freed in Mali", read.get(0).headline());
    }

    @Test
    void aClosingInitialismOrAbbreviationIsOnlyFoundAfterACapitalOrAShortCapitalisedWord() throws Exception {
        Pattern initialism = pattern(PlainCopyParser.class, "INITIALISM_END");
        Pattern abbreviation = pattern(PlainCopyParser.class, "ABBREVIATION_END");
        Method gate = gate(PlainCopyParser.class, "mayEndWithInitialOrAbbreviation");
        for (String line : linesAndNoise()) {
            if (line.endsWith(".") && (initialism.matcher(line).find() || abbreviation.matcher(line).find())) {
                assertTrue((boolean) gate.invoke(null, line), line);
            }
        }
        assertFalse((boolean) gate.invoke(null, "Officials said the convoy was hit on Monday."), "a sentence's last word");
        assertTrue(PlainCopyParser.looksLikeHeadline("Pentagon Says Troops Will Stay in Iraq Despite Rift With U.S."));
        assertTrue(PlainCopyParser.looksLikeHeadline("Talks on Border Unable to Agree - State Dept."));
        assertFalse(PlainCopyParser.looksLikeHeadline("The troops left the base near the border on Monday."));
    }

    @Test
    void creditLinesSectionedBylinesAndStampedHeadlinesAreStillRead() {
        assertEquals("VOA", CopyLines.provenance("Voice of America (Washington, DC)  "));
        assertEquals("Anadolu", CopyLines.byline("Anadolu Agency WORLD").agency());
        assertTrue(CopyLines.isEditorialNote("The Associated Press contributed to this report."));
        List<RawArticle> read = new PlainCopyParser(new FeedParser()).parse(List.of("Blast at fuel depot kills 4 in Sindh"
                + "( Xinhua) 20:56, September 09, 2013 Four workers were killed when a fuel depot exploded in Pakistan's"
                + " Sindh province on Monday, police said."));
        assertEquals("Blast at fuel depot kills 4 in Sindh", read.get(0).headline());
        assertEquals(1, read.get(0).paragraphs().size());
    }

    @Test
    void aWordMayStartAKnownOrganizationExactlyWhereSomeSurfaceBeginsWithIt() {
        Lexicons lex = Lexicons.get();
        Set<String> surfaces = new HashSet<>(lex.knownOrgsBySurface.keySet());
        surfaces.addAll(lex.agenciesBySurface.keySet());
        Set<String> asked = new HashSet<>(List.of("", "said", "al", "Al Sh", "u", "U.S", "Taliban's"));
        for (String s : surfaces) {
            for (int k = 1; k <= s.length(); k++) {
                String prefix = s.substring(0, k);
                asked.addAll(List.of(prefix, prefix + "x", prefix.toLowerCase(Locale.ROOT), prefix + " "));
            }
        }
        for (String word : asked) {
            assertEquals(surfaces.stream().anyMatch(s -> s.startsWith(word)), lex.anyOrgStartsWith(word), word);
        }
    }

    @Test
    void aTokenKnowsItsCaseAsTheTextSaysIt() {
        for (Tokens.Token t : Tokens.of("ÉCOLE Kano said: the Ǆemal 3 Über ‘Ansar’ 𝐀bc")) {
            assertEquals(Text.isCapitalized(t.text()), t.capitalized(), t.text());
            assertEquals(Text.isCapitalized(t.text()), t.capitalized(), "asked again: " + t.text());
        }
    }

    private static Pattern pattern(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        Pattern p = (Pattern) f.get(null);
        assertNotNull(p, name);
        return p;
    }

    private static Method gate(Class<?> owner, String name) throws ReflectiveOperationException {
        Method m = owner.getDeclaredMethod(name, String.class);
        m.setAccessible(true);
        return m;
    }

    /** Every line of the copy outside the held-out split, and random strings of the characters the patterns read. */
    private static List<String> linesAndNoise() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("heldout")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        String alphabet = "aZ .()Enditm \t\n\r\u0085\u2028U.S常Я—’“DeptGovCoJr\uD835\uDC00";
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            lines.add(b.toString());
        }
        lines.addAll(List.of("Fighting went on. (Reporting by Jane Doe)\n", "Talks end. Enditem\u2028", "A. B. C.", "(AP)", "Rift With \uD835\uDC00.\uD835\uDC01.", "Gen. Co.", "x Intl."));
        return lines;
    }
}
