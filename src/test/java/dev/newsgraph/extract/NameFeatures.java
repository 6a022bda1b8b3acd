package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What the name model knows of each token beyond its own shape and neighbours: its part of speech and the project's
 * general lexicons (a title of office, an organization's head word, a reporting verb, a place or a demonym of the
 * gazetteer), for the token and the words either side of it ("President X", "X said", "the X Front"). Never a list of
 * names.
 */
final class NameFeatures {

    private NameFeatures() {
    }

    static String[][] of(ArticleContext.Sentence s) {
        int n = s.tokens.size();
        List<List<String>> own = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            own.add(flags(s, i));
        }
        String[][] out = new String[n][];
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(own.get(i));
            if (i > 0) {
                own.get(i - 1).forEach(x -> f.add("p" + x));
            }
            if (i + 1 < n) {
                own.get(i + 1).forEach(x -> f.add("n" + x));
            }
            out[i] = f.toArray(String[]::new);
        }
        return out;
    }

    private static List<String> flags(ArticleContext.Sentence s, int i) {
        List<String> out = new ArrayList<>(3);
        Tokens.Token t = s.tokens.get(i);
        Lexicons lex = Lexicons.get();
        String lower = Text.stripPossessive(t.lower());
        if (lex.titles.containsKey(lower)) {
            out.add("title");
        }
        if (lex.orgCues.containsKey(lower)) {
            out.add("cue");
        }
        if (lex.reportingVerbs.contains(lower)) {
            out.add("says");
        }
        if (t.capitalized()) {
            Gazetteer g = Gazetteer.get();
            if (!g.lookup(t.bare()).isEmpty()) {
                out.add("place");
            }
            if (g.byDemonym(t.bare()) != null) {
                out.add("demonym");
            }
        }
        out.add("pos=" + s.tag(i));
        return out;
    }
}
