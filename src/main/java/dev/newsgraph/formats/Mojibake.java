package dev.newsgraph.formats;

import dev.newsgraph.error.BadUserInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text decoded with the wrong charset: UTF-8 read as Windows-1252 or Latin-1 ("Ã©" for "é", "â€™" for "’").
 * Storing it would keep the damage, so it is refused with what to do instead.
 */
public final class Mojibake {

    private static final Pattern UTF8_AS_LATIN = Pattern.compile("Ã[\\u0080-\\u00BF¡-¿]|â€[™œ\\u009D˜“”¦\\u0093\\u0094\\u0099]|Â[\\u00A0-\\u00BF]");

    private Mojibake() {
    }

    public static void check(String text) {
        Matcher m = UTF8_AS_LATIN.matcher(text);
        int hits = 0;
        int first = -1;
        String sample = null;
        while (hits < 2 && m.find()) {
            if (first < 0) {
                first = m.start();
                sample = m.group();
            }
            hits++;
        }
        if (hits >= 2) {
            throw new BadUserInputException("The text looks like UTF-8 decoded with another charset ('" + sample
                    + "' at character " + first + "): send it as UTF-8, or name its real charset");
        }
    }
}
