package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word tokens with their offsets, enough to find capitalised runs and phrase patterns. */
final class Tokens {

    /**
     * A word or mark and its offsets in the sentence. A class, not a record, only to keep its lower-case form and its
     * case once found: the rules ask for them at every word, many times over (a few percent of the extraction when
     * found on each call).
     */
    static final class Token {
        private final String text;
        private final int start;
        private final int end;
        private String lower;
        /** Whether the first character is upper case: 0 not yet asked, 1 no, 2 yes. Asked at every word by most rules. */
        private byte capitalized;

        Token(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        String text() {
            return text;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        boolean capitalized() {
            if (capitalized == 0) {
                capitalized = Text.isCapitalized(text) ? (byte) 2 : (byte) 1;
            }
            return capitalized == 2;
        }

        String bare() {
            return Text.stripPossessive(text);
        }

        String lower() {
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Token t && text.equals(t.text) && start == t.start && end == t.end;
        }

        @Override
        public int hashCode() {
            return (text.hashCode() * 31 + start) * 31 + end;
        }

        @Override
        public String toString() {
            return "Token[text=" + text + ", start=" + start + ", end=" + end + "]";
        }
    }

    /**
     * The tokens as the regex {@code (?:\p{L}(?:\.\p{L})+\.?)|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-][\p{L}\p{M}\d]+)*(?:['’]s)?
     * |\d+(?:[.,]\d+)*%?|\S} finds them, scanned by hand: every sentence is tokenized, and the regex cost a few percent
     * of the extraction. Words keep inner apostrophes, hyphens and dots (U.S., al-Sharaa, Ukraine's); punctuation
     * stands alone. {@code TokensTest} holds the two to the same answers.
     */
    static List<Token> of(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                i++;
                continue;
            }
            int end = initials(s, i);
            if (end < 0) {
                end = word(s, i);
            }
            if (end < 0) {
                end = number(s, i);
            }
            if (end < 0) {
                end = i + Character.charCount(s.codePointAt(i));
            }
            out.add(new Token(s.substring(i, end), i, end));
            i = end;
        }
        return out;
    }

    /** The end of "U.S." or "J.K" at i (letters joined by dots), or -1. */
    private static int initials(String s, int i) {
        int j = letterEnd(s, i);
        if (j < 0) {
            return -1;
        }
        boolean joined = false;
        while (j < s.length() && s.charAt(j) == '.') {
            int next = letterEnd(s, j + 1);
            if (next < 0) {
                break;
            }
            j = next;
            joined = true;
        }
        if (!joined) {
            return -1;
        }
        return j < s.length() && s.charAt(j) == '.' ? j + 1 : j;
    }

    /** The end of a word at i: letters, marks and digits, joined by apostrophes or hyphens; or -1. */
    private static int word(String s, int i) {
        if (i >= s.length() || !isLetterOrMark(s.codePointAt(i))) {
            return -1;
        }
        int j = wordCharsEnd(s, i + Character.charCount(s.codePointAt(i)));
        while (j < s.length() && isJoiner(s.charAt(j))) {
            int next = wordCharsEnd(s, j + 1);
            if (next == j + 1) {
                break;
            }
            j = next;
        }
        return j; // a final "'s" is a joined part already
    }

    /** The end of "1,200", "3.5" or "40%" at i, or -1. */
    private static int number(String s, int i) {
        int j = digitsEnd(s, i);
        if (j == i) {
            return -1;
        }
        while (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',') && isDigit(s.charAt(j + 1))) {
            j = digitsEnd(s, j + 1);
        }
        return j < s.length() && s.charAt(j) == '%' ? j + 1 : j;
    }

    private static int letterEnd(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        int cp = s.codePointAt(i);
        return Character.isLetter(cp) ? i + Character.charCount(cp) : -1;
    }

    private static int wordCharsEnd(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!(isLetterOrMark(cp) || isDigit(cp))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLetterOrMark(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \d} without UNICODE_CHARACTER_CLASS: ASCII digits only. */
    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }
}
