package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the sentence a name stands in, so that every mention keeps its provenance. */
final class Sentences {
    // A sentence ends at . ! or ? (optionally followed by a closing quote) before a space and a capital or quote.
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘A-Z])");

    private Sentences() {
    }

    static List<String> split(String headline, List<String> paragraphs) {
        List<String> sentences = new ArrayList<>();
        sentences.add(headline.strip());
        for (String paragraph : paragraphs) {
            for (String sentence : BOUNDARY.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** The sentences that contain one of the surface forms as a whole word (case-sensitive: "US" is not "us"). */
    static List<String> containing(List<String> sentences, List<String> surfaceForms) {
        List<String> found = new ArrayList<>();
        for (String sentence : sentences) {
            if (surfaceForms.stream().anyMatch(form -> containsWord(sentence, form))) {
                found.add(sentence);
            }
        }
        return found;
    }

    /** Whether the form stands in the sentence with no letter or digit right before or after it (a plain search, no regex). */
    static boolean containsWord(String sentence, String form) {
        if (form.isEmpty()) {
            return false;
        }
        for (int at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
            int end = at + form.length();
            if ((at == 0 || !isWordCodePoint(sentence.codePointBefore(at)))
                    && (end == sentence.length() || !isWordCodePoint(sentence.codePointAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** A letter or a number of any script: \p{L} or \p{N} in a regular expression. */
    private static boolean isWordCodePoint(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
