package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast test of whether a regex can match a text at all, from the literal strings that every match must contain
 * ("\\b(drones?|air ?strikes?)\\b" needs "drone", "air strike" or "airstrike"). Searching a text for a few literals
 * costs a small part of what a regex costs when it is tried at every position, and most cue patterns match few
 * sentences: {@code mayFind(p, text) && p.matcher(text).find()} is {@code p.matcher(text).find()}, only faster.
 * The literals are read from the pattern's source; any construct not understood here leaves the pattern without a
 * filter (always "may"), so the test never says no where the regex could say yes. A pattern may need several literals
 * at once ("\\b(foiled|thwarted)\\b.*\\battacks?\\b" needs "foiled" or "thwarted", and "attack"): the most selective set is
 * searched first, and a text that has one of its literals must then have one of each other set's too.
 */
final class Prefilter {

    /** Sets larger than this are given up on: they would cost as much to search as the regex. */
    private static final int MAX_LITERALS = 64;
    private static final Map<Pattern, Prefilter> FILTERS = new ConcurrentHashMap<>();
    /** More sets than this are not worth their searches: a text that passed the first sets mostly passes the rest. */
    private static final int MAX_SETS = 4;
    private static final Prefilter NONE = new Prefilter(null, List.of(), false, false);
    /** A pattern that is only words in alternation ("kill|dead|died"): it finds exactly where one of them is. */
    private static final Pattern WORDS_ONLY = Pattern.compile("[A-Za-z0-9 ]+(?:\\|[A-Za-z0-9 ]+)*");
    /**
     * The filters of patterns asked about, by the pattern's identity hash, one per slot: the extractors ask thousands
     * of times per article, and one array read costs less than the map's look-up. A slot holds an immutable pair, so a
     * thread sees a whole pair or none, and one that finds another pattern there asks the map.
     */
    private static final Known[] RECENT = new Known[1024];

    private record Known(Pattern pattern, Prefilter filter) {
    }

    /** Literals one of which each match contains, or null when the pattern gives none. */
    private final String[] literals;
    /** ASCII case-insensitive (the pattern's (?i) or CASE_INSENSITIVE): literals are lower case. */
    private final boolean ignoreCase;
    /** The literals are the pattern: it finds something where the text holds one of them, and nowhere else. */
    private final boolean literalsOnly;
    /** The literals by their first character, when ASCII: one pass over the text tries them all. */
    private final String[][] byFirst = new String[128][];
    /**
     * For each first character, the second characters (ASCII) its literals go on with, as two 64-bit masks; all bits
     * set when one of them has no second character or a non-ASCII one. Most first-character hits end here.
     */
    private final long[] secondLow = new long[128];
    private final long[] secondHigh = new long[128];
    /** Literals that start with another character, each searched for on its own. */
    private final List<String> others = new ArrayList<>();
    /** For each literal, the {@link Digest} codes of its character pairs: all of them are in a text that contains it. */
    private final int[][] codes;
    /** The other sets of literals every match also needs one of, with their codes, each tried after the first. */
    private final String[][] alsoNeeded;
    private final int[][][] alsoNeededCodes;
    /** Each thread's matcher of the pattern that finds nothing, for the texts this filter rules out. */
    private final ThreadLocal<Matcher> nothing = new ThreadLocal<>();

    private Prefilter(Set<String> literals, List<Set<String>> alsoNeeded, boolean ignoreCase, boolean literalsOnly) {
        this.literals = literals == null ? null : literals.toArray(String[]::new);
        this.ignoreCase = ignoreCase;
        this.literalsOnly = literalsOnly && literals != null && alsoNeeded.isEmpty();
        this.alsoNeeded = alsoNeeded.stream().map(set -> set.toArray(String[]::new)).toArray(String[][]::new);
        this.alsoNeededCodes = Arrays.stream(this.alsoNeeded)
                .map(set -> Arrays.stream(set).map(Digest::codes).toArray(int[][]::new)).toArray(int[][][]::new);
        for (String l : this.literals == null ? new String[0] : this.literals) {
            char c = l.charAt(0);
            if (c < 128) {
                String[] bucket = byFirst[c] == null ? new String[0] : byFirst[c];
                bucket = Arrays.copyOf(bucket, bucket.length + 1);
                bucket[bucket.length - 1] = l;
                byFirst[c] = bucket;
                char second = l.length() > 1 ? l.charAt(1) : 128;
                if (second >= 128) {
                    secondLow[c] = secondHigh[c] = -1L;
                } else if (second < 64) {
                    secondLow[c] |= 1L << second;
                } else {
                    secondHigh[c] |= 1L << (second - 64);
                }
            } else {
                others.add(l);
            }
        }
        codes = this.literals == null ? null : Arrays.stream(this.literals).map(Digest::codes).toArray(int[][]::new);
    }

    /**
     * A matcher of {@code pattern} for finding in {@code text} (find, matches, lookingAt, and the groups of what they
     * find), never to be reset or to replace with: for a text that lacks the pattern's literals it is the thread's one
     * matcher of the pattern over no text, which finds nothing. Most texts lack them, and a new matcher for each (its
     * groups and their reset) was a tenth of what the extraction allocated.
     */
    static Matcher matcher(Pattern pattern, CharSequence text) {
        Prefilter f = filter(pattern);
        return f.mayFind(text) ? pattern.matcher(text) : f.nothing(pattern);
    }

    /**
     * {@code pattern.matcher(text).find()}, answered by the filter alone for a pattern of words in alternation
     * ("kill|dead|died", any case): most cue patterns are, and the regex tries each word at every position.
     */
    static boolean find(Pattern pattern, CharSequence text) {
        Prefilter f = filter(pattern);
        return f.mayFind(text) && (f.literalsOnly || pattern.matcher(text).find());
    }

    /** False only when {@code pattern} cannot match anywhere in {@code text}. For patterns held in constants. */
    static boolean mayFind(Pattern pattern, CharSequence text) {
        return filter(pattern).mayFind(text);
    }

    private static Prefilter filter(Pattern pattern) {
        int slot = System.identityHashCode(pattern) & (RECENT.length - 1);
        Known known = RECENT[slot];
        if (known != null && known.pattern == pattern) {
            return known.filter;
        }
        Prefilter f = FILTERS.get(pattern);
        if (f != null) {
            RECENT[slot] = new Known(pattern, f);
        } else {
            f = of(pattern);
            if (FILTERS.size() < 10_000) { // patterns compiled per call are not meant for this; never grow without bound
                FILTERS.put(pattern, f);
            }
        }
        return f;
    }

    /** This thread's matcher of the pattern over the empty text: the pattern needs a literal, so it never matches. */
    private Matcher nothing(Pattern pattern) {
        Matcher m = nothing.get();
        if (m == null) {
            m = pattern.matcher("");
            nothing.set(m);
        }
        return m;
    }

    /** Every pattern asked about so far, for tests: one without literals costs its regex on every text. */
    static Set<Pattern> asked() {
        return Set.copyOf(FILTERS.keySet());
    }

    /** The literals found for a pattern, for tests; null when it has no filter. */
    static List<String> literals(Pattern pattern) {
        Prefilter f = of(pattern);
        return f.literals == null ? null : List.of(f.literals);
    }

    private boolean mayFind(CharSequence text) {
        if (literals == null) {
            return true;
        }
        if (text instanceof String s && s.length() >= Digest.MIN_LENGTH) {
            Digest digest = Digest.of(s);
            if (!digest.containsOne(literals, codes, ignoreCase)) {
                return false;
            }
            for (int k = 0; k < alsoNeeded.length; k++) {
                if (!digest.containsOne(alsoNeeded[k], alsoNeededCodes[k], ignoreCase)) {
                    return false;
                }
            }
            return true;
        }
        String s = text.toString();
        if (!scan(s)) {
            return false;
        }
        for (String[] set : alsoNeeded) {
            if (!containsOne(s, set)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds one of the first set's literals, in one pass over it. */
    private boolean scan(String s) {
        if (!ignoreCase && literals.length <= 3) {
            for (String literal : literals) { // String.indexOf is faster than any loop here for a few literals
                if (s.contains(literal)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = ignoreCase ? lowerAscii(s.charAt(i)) : s.charAt(i);
            String[] bucket = c < 128 ? byFirst[c] : null;
            if (bucket != null && secondMayFollow(c, i + 1 < n ? s.charAt(i + 1) : 0)) {
                for (String literal : bucket) {
                    if (ignoreCase ? startsWithIgnoreCase(s, i, literal) : s.startsWith(literal, i)) {
                        return true;
                    }
                }
            }
        }
        for (String literal : others) {
            if (ignoreCase ? containsIgnoreCase(s, literal) : s.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsOne(String s, String[] set) {
        for (String literal : set) {
            if (ignoreCase ? containsIgnoreCase(s, literal) : s.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    private boolean secondMayFollow(char first, char next) {
        char c = ignoreCase ? lowerAscii(next) : next;
        if (c >= 128) {
            return secondLow[first] == -1L;
        }
        return c < 64 ? (secondLow[first] & 1L << c) != 0 : (secondHigh[first] & 1L << (c - 64)) != 0;
    }

    /**
     * ASCII case-insensitive, as CASE_INSENSITIVE without UNICODE_CASE matches: {@code lower} has no upper-case ASCII
     * letter, and a character of the text matches one of it when equal once its ASCII letters are lower-cased.
     */
    private static boolean startsWithIgnoreCase(String text, int at, String lower) {
        int m = lower.length();
        if (at + m > text.length()) {
            return false;
        }
        for (int j = 0; j < m; j++) {
            if (lowerAscii(text.charAt(at + j)) != lower.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoreCase(String text, String lower) {
        for (int i = 0, last = text.length() - lower.length(); i <= last; i++) {
            if (startsWithIgnoreCase(text, i, lower)) {
                return true;
            }
        }
        return false;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /**
     * Which pairs of adjacent characters (ASCII, letters lower-cased) a text holds, and which single ASCII characters:
     * computed once per text (the extractors try dozens of patterns on each sentence), it rules out most literals in
     * a few bit tests instead of a pass over the text for each pattern. The last two texts of each thread are kept.
     */
    private static final class Digest {
        /** Shorter texts are scanned directly: a digest would cost more than it saves. */
        static final int MIN_LENGTH = 48;
        private static final int SINGLES = 128 * 128;
        private static final ThreadLocal<Digest[]> RECENT = ThreadLocal.withInitial(() -> new Digest[]{new Digest(), new Digest()});

        private final long[] bits = new long[(SINGLES + 128) / 64];
        private String text;
        private String lower;

        static Digest of(String text) {
            Digest[] recent = RECENT.get();
            if (recent[0].text == text) {
                return recent[0];
            }
            Digest d = recent[1];
            recent[1] = recent[0];
            recent[0] = d;
            if (d.text != text) {
                d.fill(text);
            }
            return d;
        }

        /** The codes a literal's occurrence sets: its ASCII pairs, or its ASCII characters when it has no such pair. */
        static int[] codes(String literal) {
            int[] out = new int[literal.length()];
            int n = 0;
            for (int i = 0; i + 1 < literal.length(); i++) {
                char a = lowerAscii(literal.charAt(i));
                char b = lowerAscii(literal.charAt(i + 1));
                if (a < 128 && b < 128) {
                    out[n++] = a * 128 + b;
                }
            }
            if (n == 0) {
                for (int i = 0; i < literal.length(); i++) {
                    char c = lowerAscii(literal.charAt(i));
                    if (c < 128) {
                        out[n++] = SINGLES + c;
                    }
                }
            }
            return Arrays.copyOf(out, n);
        }

        private void fill(String s) {
            Arrays.fill(bits, 0L);
            text = s;
            lower = null;
            char previous = 128;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = lowerAscii(s.charAt(i));
                if (c < 128) {
                    set(SINGLES + c);
                    if (previous < 128) {
                        set(previous * 128 + c);
                    }
                }
                previous = c;
            }
        }

        private void set(int code) {
            bits[code >>> 6] |= 1L << code;
        }

        /** Whether the text holds one of the literals: only those whose character pairs all occur in it are searched for. */
        boolean containsOne(String[] literals, int[][] codes, boolean ignoreCase) {
            for (int k = 0; k < literals.length; k++) {
                if (mayContain(codes[k]) && (ignoreCase ? lower() : text).contains(literals[k])) {
                    return true;
                }
            }
            return false;
        }

        boolean mayContain(int[] codes) {
            for (int code : codes) {
                if ((bits[code >>> 6] & 1L << code) == 0) {
                    return false;
                }
            }
            return true;
        }

        /** The text with its ASCII letters lower-cased, as the case-insensitive literals are. */
        String lower() {
            if (lower == null) {
                char[] chars = text.toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = lowerAscii(chars[i]);
                }
                lower = new String(chars);
            }
            return lower;
        }
    }

    private static Prefilter of(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & (Pattern.COMMENTS | Pattern.UNICODE_CASE | Pattern.CANON_EQ)) != 0) {
            return NONE;
        }
        if ((flags & Pattern.LITERAL) != 0) {
            return pattern.pattern().isEmpty() ? NONE
                    : filter(List.of(Set.of(pattern.pattern())), (flags & Pattern.CASE_INSENSITIVE) != 0, false);
        }
        try {
            Parser p = new Parser(pattern.pattern());
            Node root = p.alternation();
            if (p.i != p.s.length()) {
                return NONE; // an unbalanced ')': not a pattern this parser reads
            }
            boolean wordsOnly = (flags & ~Pattern.CASE_INSENSITIVE) == 0 && WORDS_ONLY.matcher(pattern.pattern()).matches();
            return root.best == null ? NONE
                    : filter(root.needed, p.ignoreCase || (flags & Pattern.CASE_INSENSITIVE) != 0, wordsOnly);
        } catch (Unsupported e) {
            return NONE;
        }
    }

    /**
     * The filter of the sets of literals a pattern needs: the most selective searched first, then the others that
     * rule out more than single characters, most selective first.
     */
    private static Prefilter filter(List<Set<String>> needed, boolean ignoreCase, boolean literalsOnly) {
        List<Set<String>> sets = new ArrayList<>();
        for (Set<String> literals : needed) {
            Set<String> search = new LinkedHashSet<>();
            for (String l : literals) {
                StringBuilder b = new StringBuilder(l.length());
                l.chars().forEach(c -> b.append(ignoreCase ? lowerAscii((char) c) : (char) c));
                search.add(b.toString());
            }
            // "Jan." needs no search of its own where "Jan" is searched for
            search.removeIf(l -> search.stream().anyMatch(other -> other.length() < l.length() && l.contains(other)));
            sets.add(search);
        }
        Set<String> first = null;
        for (Set<String> set : sets) {
            first = better(first, set);
        }
        List<Set<String>> rest = new ArrayList<>(withoutImplied(sets));
        rest.remove(first);
        rest.removeIf(set -> shortest(set) < 2);
        rest.sort(Comparator.comparingInt((Set<String> set) -> -shortest(set)).thenComparingInt(Set::size));
        return new Prefilter(first, rest.subList(0, Math.min(rest.size(), MAX_SETS - 1)), ignoreCase, literalsOnly);
    }

    /**
     * The sets no other set implies: a text with one of "in 1990"'s literals has one of "in"'s, so "in" is no test of
     * its own beside it. Of sets that imply each other (equal ones), the first is kept.
     */
    private static List<Set<String>> withoutImplied(List<Set<String>> sets) {
        if (sets.size() < 2) {
            return sets; // most nodes of a pattern: nothing to compare
        }
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            boolean implied = false;
            for (int j = 0; j < sets.size() && !implied; j++) {
                implied = j != i && implies(sets.get(j), sets.get(i)) && (j < i || !implies(sets.get(i), sets.get(j)));
            }
            if (!implied) {
                out.add(sets.get(i));
            }
        }
        return out;
    }

    /** Whether every literal of {@code a} contains one of {@code b}'s. */
    private static boolean implies(Set<String> a, Set<String> b) {
        // loops, not streams: the first extract of a server builds the filters of some 270 patterns in the interpreter
        for (String l : a) {
            boolean contains = false;
            for (String other : b) {
                if (l.contains(other)) {
                    contains = true;
                    break;
                }
            }
            if (!contains) {
                return false;
            }
        }
        return true;
    }

    private static int shortest(Set<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String l : literals) {
            min = Math.min(min, l.length());
        }
        return literals.isEmpty() ? 0 : min;
    }

    /**
     * What a piece of pattern can match: {@code exact}, every string it matches when they are few (else null);
     * {@code needed}, sets of non-empty literals such that every match contains one literal of each set; and
     * {@code best}, the most selective of them (else null).
     */
    private record Node(Set<String> exact, Set<String> best, List<Set<String>> needed) {
        static final Node UNKNOWN = new Node(null, null, List.of());
        static final Node EMPTY = new Node(Set.of(""), null, List.of());

        static Node of(Set<String> exact, List<Set<String>> needed) {
            List<Set<String>> all = new ArrayList<>(needed);
            if (exact != null && !exact.contains("")) {
                all.add(exact);
            }
            all = withoutImplied(all);
            Set<String> best = null;
            for (Set<String> set : all) {
                best = better(best, set);
            }
            return new Node(exact, best, all);
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over the subset of java.util.regex syntax that cue patterns use. */
    private static final class Parser {
        final String s;
        int i;
        boolean ignoreCase;

        Parser(String s) {
            this.s = s;
        }

        Node alternation() {
            Node first = sequence();
            if (i >= s.length() || s.charAt(i) != '|') {
                return first;
            }
            Set<String> exact = first.exact == null ? null : new LinkedHashSet<>(first.exact);
            Set<String> best = first.best == null ? null : new LinkedHashSet<>(first.best);
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                Node next = sequence();
                exact = union(exact, next.exact);
                best = union(best, next.best);
            }
            return Node.of(exact, best == null ? List.of() : List.of(best)); // one literal of some branch
        }

        /** A run of pieces: each piece's needed literals are needed, and so are the runs of exact strings. */
        Node sequence() {
            Set<String> all = Set.of("");
            Set<String> run = Set.of("");
            List<Set<String>> needed = new ArrayList<>();
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                Node n = quantified(atom());
                needed.addAll(n.needed);
                all = product(all, n.exact);
                if (n.exact == null) {
                    addNonEmpty(needed, run);
                    run = Set.of("");
                } else {
                    Set<String> longer = product(run, n.exact);
                    if (longer == null) { // too many: the run so far stands for itself, and a new one starts here
                        addNonEmpty(needed, run);
                        run = n.exact;
                    } else {
                        run = longer;
                    }
                }
            }
            addNonEmpty(needed, run);
            return Node.of(all, needed);
        }

        private static void addNonEmpty(List<Set<String>> needed, Set<String> run) {
            if (nonEmpty(run) != null) {
                needed.add(run);
            }
        }

        Node quantified(Node atom) {
            if (i >= s.length()) {
                return atom;
            }
            char c = s.charAt(i);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                i++;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
                i++;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
                i++;
            } else if (c == '{') {
                int close = s.indexOf('}', i);
                if (close < 0) {
                    throw new Unsupported();
                }
                String[] bounds = s.substring(i + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(bounds[0].trim());
                    max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
                i = close + 1;
            } else {
                return atom;
            }
            if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
                i++; // lazy or possessive: the same strings
            }
            if (i < s.length() && "?*+{".indexOf(s.charAt(i)) >= 0) {
                throw new Unsupported();
            }
            if (min == 0) {
                Set<String> exact = max == 1 && atom.exact != null ? union(atom.exact, Set.of("")) : null;
                return Node.of(exact, List.of());
            }
            return Node.of(min == 1 && max == 1 ? atom.exact : null, atom.needed);
        }

        Node atom() {
            char c = s.charAt(i++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '.':
                    return Node.UNKNOWN;
                case '^':
                case '$':
                    return Node.EMPTY;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    return literal(c);
            }
        }

        Node group() {
            boolean zeroWidth = false;
            boolean lookaround = false;
            if (s.startsWith("?", i)) {
                if (s.startsWith("?:", i) || s.startsWith("?>", i)) {
                    i += 2;
                } else if (s.startsWith("?=", i) || s.startsWith("?!", i)) {
                    lookaround = s.charAt(i + 1) == '=';
                    i += 2;
                    zeroWidth = true;
                } else if (s.startsWith("?<=", i) || s.startsWith("?<!", i)) {
                    lookaround = s.charAt(i + 2) == '=';
                    i += 3;
                    zeroWidth = true;
                } else if (s.startsWith("?<", i)) {
                    int close = s.indexOf('>', i);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    i = close + 1;
                } else {
                    // inline flags: (?i) for the rest, or (?i:...) for a group
                    int j = i + 1;
                    boolean on = true;
                    while (j < s.length() && "idmsuxU-".indexOf(s.charAt(j)) >= 0) {
                        char f = s.charAt(j);
                        if (f == '-') {
                            on = false;
                        } else if (f == 'u' || f == 'x') {
                            throw new Unsupported();
                        } else if (f == 'i' && on) {
                            ignoreCase = true; // for the whole pattern: only ever more permissive
                        }
                        j++;
                    }
                    if (j >= s.length()) {
                        throw new Unsupported();
                    }
                    i = j + 1;
                    if (s.charAt(j) == ')') {
                        return Node.EMPTY;
                    }
                    if (s.charAt(j) != ':') {
                        throw new Unsupported();
                    }
                }
            }
            Node inner = alternation();
            if (i >= s.length() || s.charAt(i) != ')') {
                throw new Unsupported();
            }
            i++;
            if (lookaround) { // adds nothing to the match, but what it looks at is in the text: its literals are needed
                List<Set<String>> needed = new ArrayList<>(inner.needed);
                if (nonEmpty(inner.exact) != null) {
                    needed.add(inner.exact);
                }
                return Node.of(Set.of(""), needed);
            }
            return zeroWidth ? Node.EMPTY : inner;
        }

        /** A small class of plain characters ("['’]") is its characters; any other class matches unknown text. */
        Node characterClass() {
            Set<String> chars = new LinkedHashSet<>();
            boolean known = true;
            if (i < s.length() && s.charAt(i) == '^') {
                known = false;
                i++;
            }
            int depth = 1;
            boolean first = true;
            while (depth > 0) {
                if (i >= s.length()) {
                    throw new Unsupported();
                }
                char c = s.charAt(i++);
                if (Character.isSurrogate(c) || c == ']' && first) {
                    throw new Unsupported(); // a quantifier or class takes a whole code point; "[]" reads differently
                }
                if (c == ']') {
                    depth--;
                } else if (c == '[') {
                    depth++;
                    known = false;
                } else if (c == '\\') {
                    if (i >= s.length()) {
                        throw new Unsupported();
                    }
                    char e = s.charAt(i++);
                    if (Character.isLetterOrDigit(e)) {
                        known = false; // \d, \p{L}, \x41, \u2019 ...
                        if ((e == 'p' || e == 'P') && i < s.length() && s.charAt(i) == '{') {
                            int close = s.indexOf('}', i);
                            if (close < 0) {
                                throw new Unsupported();
                            }
                            i = close + 1;
                        } else if ("xuc0kNQ".indexOf(e) >= 0) {
                            throw new Unsupported();
                        }
                    } else if (Character.isSurrogate(e)) {
                        throw new Unsupported();
                    } else {
                        chars.add(String.valueOf(e));
                    }
                } else if (c == '&' && i < s.length() && s.charAt(i) == '&') {
                    known = false;
                } else if (c == '-' && !first && i < s.length() && s.charAt(i) != ']') {
                    known = false; // a range
                } else {
                    chars.add(String.valueOf(c));
                }
                first = false;
            }
            return known && !chars.isEmpty() && chars.size() <= 16 ? Node.of(chars, List.of()) : Node.UNKNOWN;
        }

        Node escape() {
            if (i >= s.length()) {
                throw new Unsupported();
            }
            char c = s.charAt(i++);
            switch (c) {
                case 'b', 'B', 'A', 'z', 'Z', 'G':
                    return Node.EMPTY;
                case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                    return Node.UNKNOWN;
                case 'p', 'P':
                    if (i < s.length() && s.charAt(i) == '{') {
                        int close = s.indexOf('}', i);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        i = close + 1;
                    } else {
                        i++;
                    }
                    return Node.UNKNOWN;
                case 't':
                    return literal('\t');
                case 'n':
                    return literal('\n');
                case 'r':
                    return literal('\r');
                case 'f':
                    return literal('\f');
                case 'a':
                    return literal('\u0007');
                case 'e':
                    return literal('\u001B');
                case 'Q': {
                    int end = s.indexOf("\\E", i);
                    String quoted = end < 0 ? s.substring(i) : s.substring(i, end);
                    i = end < 0 ? s.length() : end + 2;
                    return Node.of(Set.of(quoted), List.of());
                }
                default:
                    if (Character.isLetterOrDigit(c)) {
                        throw new Unsupported(); // back references, octal, hex, unicode, control characters
                    }
                    return literal(c);
            }
        }

        private static Node literal(char c) {
            if (Character.isSurrogate(c)) {
                throw new Unsupported(); // a quantifier after it would apply to the whole code point
            }
            return Node.of(Set.of(String.valueOf(c)), List.of());
        }
    }

    private static Set<String> nonEmpty(Set<String> set) {
        return set == null || set.contains("") ? null : set;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.size() + b.size() > MAX_LITERALS) {
            return null;
        }
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** Every concatenation of a string of {@code a} and one of {@code b}; null when unknown or too many. */
    private static Set<String> product(Set<String> a, Set<String> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_LITERALS) {
            return null;
        }
        Set<String> p = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                p.add(x + y);
            }
        }
        return p;
    }

    /** The more selective of two literal sets: the longer shortest literal, then the fewer literals. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int ma = shortest(a);
        int mb = shortest(b);
        return mb > ma || mb == ma && b.size() < a.size() ? b : a;
    }
}
