package dev.newsgraph.extract;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Whether the article names a place the place extractor found ({@code KEEP}) or only brushes it (a modifier, a name
 * inside another name, a country standing for its government in a headline: {@code DROP}). The rules give a verdict of
 * their own (a place seen only as a modifier is dropped unless a field refers to it); a maximum-entropy model (OpenNLP
 * GIS) over the shape of its mentions (the gazetteer kind and population class, how the extractor met it, the words
 * before and after each mention, the sentence's section and position, quotation, capitals, whether its country is
 * named, the dateline's country; never the name) overrules them when it is confident. Trained from the gold of the
 * corpus's dev split by {@code PlaceVerdictTrainer} (test sources), which also cross-validates it against the rules.
 */
final class PlaceVerdictModel {

    /** The trained model; {@code PlaceVerdictTrainer} writes it. */
    static final String RESOURCE = "/extract/place-verdict.maxent";

    /** Below this probability of either verdict the rules decide. */
    static final double CONFIDENCE = 0.8;

    static final String KEEP = "KEEP";
    static final String DROP = "DROP";

    /** One mention of a place: where it stands, and whether the extractor read it as a modifier ("U.S. officials"). */
    record Seen(ArticleContext.Sentence sentence, int order, int from, int to, boolean modifier) {
    }

    /** A place the model is asked about, with the rules' verdict; the place is left to the rules while recording. */
    record Candidate(String headline, Entities.Place place, Map<String, Entities.Place> places, String[] features,
            boolean ruleKeeps) {
    }

    /** Set only while training: every candidate is handed over and, so that fields referring to it show, dropped. */
    static volatile Consumer<Candidate> recorder;

    private static final class Holder {
        static final MaxentModel MODEL = load();
    }

    private PlaceVerdictModel() {
    }

    /** Sets each place's verdict where the model is confident; while recording, hands each over and drops it. */
    static void decide(ArticleContext ctx, Map<Entities.Place, List<Seen>> seen, Map<Entities.Place, String> origin) {
        Consumer<Candidate> r = recorder;
        MaxentModel model = r == null ? Holder.MODEL : null;
        if (r == null && model == null) {
            return;
        }
        String datelineCountry = datelineCountry(ctx);
        for (Entities.Place p : ctx.entities.places.values()) {
            String[] features = features(ctx, p, seen.getOrDefault(p, List.of()), origin.getOrDefault(p, "other"),
                    datelineCountry);
            if (r != null) {
                r.accept(new Candidate(ctx.raw.headline(), p, ctx.entities.places, features, !p.modifierOnly));
                p.modifierOnly = true;
                continue;
            }
            double keep = model.eval(features)[model.getIndex(KEEP)];
            if (keep >= CONFIDENCE) {
                p.modifierOnly = false;
            } else if (keep <= 1 - CONFIDENCE) {
                p.modifierOnly = true;
            }
        }
    }

    private static String datelineCountry(ArticleContext ctx) {
        String dateline = ctx.raw.metadata().datelinePlace();
        Entities.Place p = dateline == null ? null : ctx.entities.findPlace(Text.titleCase(dateline));
        return p == null ? null : p.entry.countryCode();
    }

    /** The shape of a place's mentions; never its name. */
    static String[] features(ArticleContext ctx, Entities.Place p, List<Seen> mentions, String origin, String datelineCountry) {
        Set<String> f = new LinkedHashSet<>();
        Gazetteer.Entry e = p.entry;
        f.add("kind=" + e.kind());
        f.add("pop=" + (e.population() <= 0 ? 0 : Math.min(7, (int) Math.log10(e.population()))));
        f.add("origin=" + origin);
        f.add("rule=" + (p.modifierOnly ? "mod" : "keep"));
        if (e.capital()) {
            f.add("capital");
        }
        if (e.countryCode() == null) {
            f.add("nocc");
        } else {
            int salience = ctx.countrySalience(e.countryCode());
            f.add("ccSalience=" + (salience == 0 ? "0" : salience < 3 ? "low" : salience < 8 ? "mid" : "high"));
            if (e.countryCode().equals(datelineCountry)) {
                f.add("datelineCountry");
            }
        }
        long nouns = mentions.stream().filter(m -> !m.modifier()).count();
        f.add("nouns=" + Math.min(3, nouns));
        f.add("modifiers=" + Math.min(2, mentions.size() - nouns));
        if (!p.aliases.isEmpty()) {
            f.add("alias");
        }
        List<Seen> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Seen::order).thenComparingInt(Seen::from));
        for (int k = 0; k < ordered.size(); k++) {
            for (String m : mentionFeatures(ordered.get(k))) {
                if (k == 0) {
                    f.add("first." + m);
                }
                f.add("any." + m);
            }
        }
        if (ordered.stream().allMatch(m -> m.sentence().section == ArticleContext.Section.HEADLINE) && !ordered.isEmpty()) {
            f.add("headlineOnly");
        }
        return f.toArray(String[]::new);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("in", "at", "to", "from", "near", "of", "on", "into", "across",
            "outside", "the", "a", "and", "or", "by", "with", "for", "between", "against", "over", "\u2014", "-", ",", "(", ":");

    private static List<String> mentionFeatures(Seen m) {
        List<String> f = new ArrayList<>();
        ArticleContext.Sentence s = m.sentence();
        List<Tokens.Token> t = s.tokens;
        f.add("section=" + s.section);
        f.add("at=" + (m.order() == 0 ? "0" : m.order() < 3 ? "lead" : m.order() < 10 ? "mid" : "late"));
        f.add("pos=" + (m.from() == 0 ? "start" : m.to() == t.size() - 1 ? "end" : "inside"));
        if (m.modifier()) {
            f.add("modifier");
        }
        f.add("prev=" + word(t, m.from() - 1));
        String next = word(t, m.to() + 1);
        Tokens.Token nextToken = m.to() + 1 < t.size() ? t.get(m.to() + 1) : null;
        if (nextToken != null && Lexicons.get().placeNouns.containsKey(nextToken.lower())) {
            next = "placeNoun";
        } else if (nextToken != null && Lexicons.get().reportingVerbs.contains(nextToken.lower())) {
            next = "reporting";
        }
        f.add("next=" + next);
        String before = m.from() >= 2 ? t.get(m.from() - 2).lower() : "";
        if (Lexicons.get().placeNouns.containsKey(before) && word(t, m.from() - 1).equals("of")) {
            f.add("kindOf"); // "the village of X"
        }
        if (t.get(m.to()).text().endsWith("'s") || t.get(m.to()).text().endsWith("\u2019s")) {
            f.add("possessive");
        }
        String surface = s.span(m.from(), m.to());
        if (surface.length() <= 4 && surface.replace(".", "").chars().allMatch(Character::isUpperCase)) {
            f.add("abbreviation");
        }
        if (capitalsLine(s.text)) {
            f.add("capsLine");
        }
        if (quoted(s.text, t.get(m.from()).start())) {
            f.add("quoted");
        }
        return f;
    }

    /** The word before or after a mention as a closed-class word, or its shape. */
    private static String word(List<Tokens.Token> t, int k) {
        if (k < 0) {
            return "^";
        }
        if (k >= t.size()) {
            return "$";
        }
        Tokens.Token w = t.get(k);
        if (FUNCTION_WORDS.contains(w.lower())) {
            return w.lower();
        }
        return w.capitalized() ? "Cap" : Character.isLetter(w.text().charAt(0)) ? "lc" : "sym";
    }

    private static boolean capitalsLine(String text) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters > 8 && upper * 10 >= letters * 8;
    }

    private static boolean quoted(String text, int at) {
        int marks = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            marks += c == '"' || c == '\u201c' || c == '\u201d' ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    private static MaxentModel load() {
        InputStream in = PlaceVerdictModel.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return null; // not trained: the rules decide alone
        }
        try (InputStream stream = new BufferedInputStream(in)) {
            return new GenericModelReader(new BinaryFileDataReader(stream)).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
