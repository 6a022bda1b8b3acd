package dev.newsgraph.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers of the event extractor: whole words, clauses, the words next to a cue. */
final class EventText {

    static final Pattern PUNCTUATION = Pattern.compile("[,.;]");

    static int lastIndexOfWord(String text, String word) {
        int last = -1;
        for (int from = 0; ; ) {
            int i = indexOfWord(text.substring(from), word);
            if (i < 0) {
                return last;
            }
            last = from + i;
            from = last + 1;
        }
    }

    /** The text before the first match of the delimiter ("" when it starts with one). */
    static String firstPart(String text, Pattern delimiter) {
        Matcher m = delimiter.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** The text after its last punctuation mark: the words next to what follows. */
    static String clauseTail(String text) {
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            cut = ",;:.()".indexOf(text.charAt(i)) >= 0 ? i : cut;
        }
        return text.substring(cut + 1);
    }

    static String lastWords(String text, int n) {
        String[] words = Text.SPACES.split(text.strip());
        return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    static String head(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }

    /** Position of a whole-word occurrence, or -1; no regex, as this runs for every entity and cue. */
    static int indexOfWord(String text, String word) {
        if (word == null || word.length() < 2) {
            return -1;
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) {
                return -1;
            }
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
            from = i + 1;
        }
    }

    private static final Pattern WORD = Pattern.compile("\\b\\p{Lu}[\\p{Ll}-]+\\b");

    /**
     * A headline in title case as a sentence would write it ("New President Holds Talks in Moscow" as "New president holds
     * talks in Moscow"): a capitalized word the body writes in lower case somewhere is a common word; names stay.
     */
    static String sentenceCase(String headline, List<String> body) {
        Matcher m = WORD.matcher(headline);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String lower = m.group().toLowerCase(Locale.ROOT);
            boolean common = m.start() > 0 && body.stream().anyMatch(text -> indexOfWord(text, lower) >= 0);
            m.appendReplacement(out, common ? lower : m.group());
        }
        return m.appendTail(out).toString();
    }

    static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    private EventText() {
    }
}
