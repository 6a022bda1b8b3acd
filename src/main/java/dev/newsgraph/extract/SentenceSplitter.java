package dev.newsgraph.extract;

import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English sentence splitter for wire copy. A rule proposes the candidates: a stop (. ! ?), optionally followed by a
 * closing quote, then space and an upper-case letter, digit or opening quote, unless the stop ends a known abbreviation
 * or an initial. OpenNLP's sentence model then has the last word: a candidate it does not take as a sentence end is no
 * end ("Ft. Worth", "Calif. Gov."), which catches abbreviations the list does not know. The model alone splits too
 * often on news copy ("9 a.m. and", "N. Biren Singh", "Marcos Jr. have"), so it never adds a boundary of its own.
 */
final class SentenceSplitter {

    /** Initials run together: "S.P." of "S.P. Vaid". */
    private static final Pattern JOINED_INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu}){1,2}");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov", "st", "jr",
            "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "approx", "est", "rev", "adm", "brig", "cmdr", "cpl", "pvt", "pte");

    /** Paragraphs of an article or two: more than any article has that the model is asked about. */
    private static final int RECENT_PARAGRAPHS = 128;
    private static final ThreadLocal<Map<String, BitSet>> RECENT_MODEL_ENDS = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(RECENT_PARAGRAPHS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, BitSet> eldest) {
                    return size() > RECENT_PARAGRAPHS;
                }
            });

    private SentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        BitSet modelEnds = null; // the model's ends, asked for only when the rule proposes a candidate: most paragraphs have none
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < n && isClosing(paragraph.charAt(end))) {
                end++;
            }
            if (end >= n) {
                break;
            }
            if (!Character.isWhitespace(paragraph.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            char nc = paragraph.charAt(next);
            if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || isOpening(nc))) {
                continue;
            }
            if (c == '.' && isAbbreviation(paragraph, i)) {
                continue;
            }
            if (modelEnds == null) {
                modelEnds = modelEnds(paragraph);
            }
            int modelEnd = modelEnds.nextSetBit(i + 1); // the model may end the sentence before or after closing quotes
            if (modelEnd < 0 || modelEnd > end) {
                continue;
            }
            out.add(paragraph.substring(start, end).strip());
            start = next;
            i = next - 1;
        }
        String rest = paragraph.substring(Math.min(start, n)).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /**
     * The model's ends, from the thread's recent paragraphs when it has seen this one: the copy reader splits a
     * paragraph to judge it, and the extraction splits it again.
     */
    private static BitSet modelEnds(String paragraph) {
        Map<String, BitSet> recent = RECENT_MODEL_ENDS.get();
        BitSet ends = recent.get(paragraph);
        if (ends == null) {
            ends = new BitSet(paragraph.length() + 1);
            for (Span sentence : NlpModels.sentences().sentPosDetect(paragraph)) {
                ends.set(sentence.getEnd());
            }
            recent.put(paragraph, ends);
        }
        return ends;
    }

    /** True when the dot at {@code dot} ends an initial or a known abbreviation, not a sentence. */
    static boolean isAbbreviation(String s, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
            b--;
        }
        String word = s.substring(b, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(s.charAt(b))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (word.length() <= 5 && JOINED_INITIALS.matcher(s.substring(b, dot)).matches() && !word.equals("d.c")) {
            return true; // initials run together: "S.P. Vaid", "C.Q. Brown"; "Washington, D.C." may end a sentence
        }
        return ABBREVIATIONS.contains(word);
    }

    static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
    }

    static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(';
    }
}
