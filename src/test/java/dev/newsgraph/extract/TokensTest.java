package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written tokenizer finds exactly the tokens of the regex it replaced, on real copy and on random text. */
class TokensTest {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:[\\p{L}](?:\\.[\\p{L}])+\\.?)|[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:['’\\-][\\p{L}\\p{M}\\d]+)*(?:['’]s)?|\\d+(?:[.,]\\d+)*%?|\\S");

    @Test
    void wordsKeepInnerApostrophesHyphensAndDots() {
        assertEquals(List.of("The", "U.S.", "-", "backed", "al-Sharaa", "government's", "1,200.5", "troops", "(", "40%", ")"),
                Tokens.of("The U.S. - backed al-Sharaa government's 1,200.5 troops (40%)").stream().map(Tokens.Token::text).toList());
    }

    @Test
    void aTokenKeepsItsLowerCaseFormOnceMade() {
        Tokens.Token t = Tokens.of("ISTANBUL (AP) — Turkish forces").get(0);
        assertEquals("istanbul", t.lower());
        assertSame(t.lower(), t.lower(), "made once, then kept");
        assertEquals(new Tokens.Token("ISTANBUL", 0, 8), t, "equal by text and offsets, as the record was");
    }

    @Test
    void sameTokensAsTheRegexOnEveryLineOfTheCopy() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/extract"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    assertEquals(regexTokens(line), Tokens.of(line), line);
                }
            }
        }
    }

    @Test
    void sameTokensAsTheRegexOnRandomText() {
        String alphabet = "asZé\u0301ß1 0.,'’-%\t\n\u00A0()\"ǅ\uD835\uDC00\uD800x";
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(regexTokens(text), Tokens.of(text), text);
        }
    }

    private static List<Tokens.Token> regexTokens(String s) {
        List<Tokens.Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Tokens.Token(m.group(), m.start(), m.end()));
        }
        return out;
    }
}
