package dev.newsgraph.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normal form under which names and aliases are compared: case, accents, punctuation and spacing ignored. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Collapses runs of white space and trims: how names are stored for display. */
    public static String tidy(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
