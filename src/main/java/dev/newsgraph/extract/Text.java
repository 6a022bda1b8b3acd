package dev.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the extractors. */
final class Text {
    /** Runs of white space, for splitting a line into its words. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Unix newlines, no BOM, no control characters, no NULs from binary junk; typographic spaces made plain. */
    static String normalize(String s) {
        int first = 0;
        while (first < s.length() && plain(s, first)) {
            first++;
        }
        if (first == s.length()) {
            return s; // most copy needs no change: no copy of it either
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                b.append('\n');
            } else if (c == '\n' || c == '\t') {
                b.append(c == '\t' ? ' ' : '\n');
            } else if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007') {
                b.append(' ');
            } else if (c == '\uFEFF' || c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                // dropped
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether normalize keeps the character at i as it is. */
    private static boolean plain(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n') {
            return true;
        }
        return c != '\r' && c != '\t' && c != '\u00A0' && c != '\u2009' && c != '\u202F' && c != '\u2007'
                && !(c == '\uFEFF' || c == '\uFFFD' || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.isSurrogate(c) && !validSurrogate(s, i));
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** "SHAHZAIB AKBER" -> "Shahzaib Akber". */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        // the dotted capital I of Turkish names ("SİİRT") is an i in English copy, not an i with a combining dot
        for (char c : s.replace('İ', 'I').toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return b.toString();
    }

    /** "Pakistan's" or "Ukraine’s" -> "Pakistan". */
    static String stripPossessive(String s) {
        int n = s.length();
        if (n < 2) {
            return s;
        }
        char last = s.charAt(n - 1);
        char before = s.charAt(n - 2);
        if (last == 's' && isApostrophe(before)) {
            return s.substring(0, n - 2);
        }
        if (before == 's' && isApostrophe(last)) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    static boolean isPossessive(String s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == 's' && isApostrophe(s.charAt(n - 2));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s,;:\\-–—]+|[\\s,;:\\-–—]+$");

    static String trimPunct(String s) {
        return EDGE_PUNCT.matcher(s).replaceAll("");
    }
}
