package dev.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan that spares most sentences the acronym pattern never says no where the pattern finds a pair. */
class AcronymScanTest {

    @Test
    void aParenthesisedAcronymOrAnOrPairPassesAndPlainProseDoesNot() {
        assertTrue(OrganizationExtractor.mayHoldAcronym("A spokesman for the Baloch Liberation Army (BLA) said the group carried out the attack."));
        assertTrue(OrganizationExtractor.mayHoldAcronym("the U.N. Assistance Mission in Afghanistan, or UNAMA, said on Sunday"));
        assertFalse(OrganizationExtractor.mayHoldAcronym("At least 12 people (including three children) were killed, police said."));
        assertFalse(OrganizationExtractor.mayHoldAcronym("The mission (UNITEDNATIONSX) is no acronym of ten letters or fewer."));
        assertFalse(OrganizationExtractor.mayHoldAcronym("Gunmen attacked the convoy near Kandahar on Saturday, officials said."));
    }

    @Test
    void neverSaysNoWhereThePatternFinds() throws Exception {
        Field field = OrganizationExtractor.class.getDeclaredField("ACRONYM");
        field.setAccessible(true);
        Pattern acronym = (Pattern) field.get(null);
        int found = 0;
        for (String line : lines()) {
            if (acronym.matcher(line).find()) {
                found++;
                assertTrue(OrganizationExtractor.mayHoldAcronym(line), line);
            }
        }
        assertTrue(found > 20, "lines with an acronym pair: " + found);
    }

    /** Every line of the invented set and of dev (never the held-out split). */
    private static List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String dir : List.of("src/test/resources/extract/eval", "src/test/resources/extract/corpus/dev")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(lines::add);
                }
            }
        }
        return lines;
    }
}
