package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens with their offsets, enough to find capitalised runs and phrase patterns. */
final class Tokens {

    record Token(String text, int start, int end) {
        boolean capitalized() {
            return Text.isCapitalized(text);
        }

        String bare() {
            return Text.stripPossessive(text);
        }

        String lower() {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Words keep inner apostrophes, hyphens and dots (U.S., al-Sharaa, Ukraine's); punctuation stands alone. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:[\\p{L}](?:\\.[\\p{L}])+\\.?)|[\\p{L}\\p{M}][\\p{L}\\p{M}\\d]*(?:['’\\-][\\p{L}\\p{M}\\d]+)*(?:['’]s)?|\\d+(?:[.,]\\d+)*%?|\\S");

    private Tokens() {
    }

    static List<Token> of(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }
}
