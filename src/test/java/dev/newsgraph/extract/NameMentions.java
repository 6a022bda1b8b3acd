package dev.newsgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a name occurs in an article's sentences, as whole tokens: the training projection marks gold names with it and
 * the name model looks up the mentions of a candidate the rules found. A token matches without its possessive
 * ("Karzai's" is Karzai) and its accents ("Sao Paulo" is São Paulo); case counts ("Rice" is no "rice").
 */
final class NameMentions {

    /** Tokens {@code from} to {@code to} (exclusive) of sentence {@code sentence}. */
    record Mention(int sentence, int from, int to) {
        boolean overlaps(int s, int start, int end) {
            return sentence == s && from < end && start < to;
        }
    }

    private NameMentions() {
    }

    /** The comparable form of each token of a sentence. */
    static String[] keys(List<Tokens.Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = key(tokens.get(i).bare());
        }
        return out;
    }

    /** The comparable tokens of a name; a leading "the" is no part of it ("the Taliban"). */
    static String[] nameKeys(String name) {
        List<Tokens.Token> tokens = Tokens.of(name.strip());
        int from = !tokens.isEmpty() && tokens.get(0).lower().equals("the") ? 1 : 0;
        return keys(tokens.subList(from, tokens.size()));
    }

    /** Every occurrence of the name's tokens in the sentences, in order. */
    static List<Mention> find(List<String[]> sentences, String[] name) {
        List<Mention> out = new ArrayList<>();
        if (name.length == 0) {
            return out;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] keys = sentences.get(s);
            for (int i = 0; i + name.length <= keys.length; i++) {
                if (matchesAt(keys, i, name)) {
                    out.add(new Mention(s, i, i + name.length));
                }
            }
        }
        return out;
    }

    private static boolean matchesAt(String[] keys, int at, String[] name) {
        for (int k = 0; k < name.length; k++) {
            if (!keys[at + k].equals(name[k])) {
                return false;
            }
        }
        return true;
    }

    private static String key(String token) {
        return Normalizer.normalize(token, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'');
    }
}
