package dev.newsgraph.extract;

import dev.newsgraph.domain.PlaceKind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One article under extraction: its sentences with tokens, what has been claimed, and what has been found. */
final class ArticleContext {

    enum Section { HEADLINE, CAPTION, BODY }

    static final class Sentence {
        final String text;
        final List<Tokens.Token> tokens;
        final Section section;
        final int paragraph;
        /** Character offsets already taken by an entity, so a later extractor does not reread them. */
        final BitSet claimed = new BitSet();
        /** Universal POS tags of {@link #tokens}, computed on first use: most sentences never need them. */
        private String[] tags;

        Sentence(String text, Section section, int paragraph) {
            this.text = text;
            this.tokens = Tokens.of(text);
            this.section = section;
            this.paragraph = paragraph;
        }

        boolean isClaimed(int from, int to) {
            int next = claimed.nextSetBit(from);
            return next >= 0 && next < to;
        }

        void claim(int from, int to) {
            claimed.set(from, to);
        }

        /**
         * Whether the tagger reads token k as a proper noun. Only meaningful outside the headline, whose title case
         * makes every word look proper.
         */
        boolean properNoun(int k) {
            return tag(k).startsWith("PROPN"); // "PROPN+PART" for a possessive ("Nigeria's")
        }

        /** The universal POS tag of token k. */
        String tag(int k) {
            if (tags == null) {
                tags = NlpModels.tagger().tag(tokens.stream().map(Tokens.Token::text).toArray(String[]::new));
            }
            return tags[k];
        }

        /** Text between two token indexes, inclusive, as printed. */
        String span(int fromToken, int toToken) {
            return text.substring(tokens.get(fromToken).start(), tokens.get(toToken).end());
        }
    }

    final RawArticle raw;
    final List<Sentence> sentences = new ArrayList<>();
    /** The body's sentences, in order: the extractors walk them many times. */
    private final List<Sentence> body;
    final Entities entities = new Entities();
    final Map<String, Integer> placeSalience = new HashMap<>();
    DateResolver.Publication publication;

    ArticleContext(RawArticle raw) {
        this.raw = raw;
        // A headline taken from the first sentence would count that sentence twice; one in capitals reads as names.
        if (raw.metadata().headlineBasis() != dev.newsgraph.domain.HeadlineBasis.FIRST_SENTENCE && !allCapitals(raw.headline())) {
            sentences.add(new Sentence(raw.headline(), Section.HEADLINE, -1));
        }
        for (RawArticle.RawCaption c : raw.captions()) {
            sentences.add(new Sentence(c.text(), Section.CAPTION, -1));
        }
        for (int p = 0; p < raw.paragraphs().size(); p++) {
            for (String s : SentenceSplitter.split(raw.paragraphs().get(p))) {
                sentences.add(new Sentence(s, Section.BODY, p));
            }
        }
        body = sentences.stream().filter(s -> s.section == Section.BODY).toList();
    }

    private static boolean allCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    List<Sentence> body() {
        return body;
    }

    void mentionPlace(Gazetteer.Entry e, int weight) {
        placeSalience.merge(e.name() + "|" + e.countryCode(), weight, Integer::sum);
        if (e.countryCode() != null && e.kind() != PlaceKind.COUNTRY) {
            placeSalience.merge("#" + e.countryCode(), 1, Integer::sum);
        }
        if (e.kind() == PlaceKind.COUNTRY) {
            placeSalience.merge("#" + e.countryCode(), weight, Integer::sum);
        }
    }

    int countrySalience(String cc) {
        return cc == null ? 0 : placeSalience.getOrDefault("#" + cc, 0);
    }

    /** The most mentioned declared place of a kind: "the city" or "provincial" refer to it. */
    Entities.Place salient(PlaceKind kind) {
        Entities.Place best = null;
        int bestScore = 0;
        for (Entities.Place p : entities.places.values()) {
            if (p.entry.kind() != kind) {
                continue;
            }
            int s = placeSalience.getOrDefault(p.entry.name() + "|" + p.entry.countryCode(), 0);
            if (s > bestScore) {
                best = p;
                bestScore = s;
            }
        }
        return best;
    }

    String salientCountryCode() {
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : placeSalience.entrySet()) {
            if (e.getKey().startsWith("#") && e.getValue() > bestScore) {
                best = e.getKey().substring(1);
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
