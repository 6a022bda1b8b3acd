package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.FigureInput;
import dev.newsgraph.ingest.IncidentInput;
import dev.newsgraph.ingest.OrganizationInput;
import dev.newsgraph.ingest.PersonInput;
import dev.newsgraph.ingest.PlaceInput;
import dev.newsgraph.ingest.StatementInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores the extractor against the hand-annotated development set in {@code /extract/eval/}: precision, recall and
 * F1 of people, organizations and places (name and country), quote attribution, incident place and figure exactness.
 * Run its main from the test classpath for the figures and every error; {@link ExtractionEvaluationTest} keeps a floor.
 */
public final class ExtractionEvaluation {

    /** Counts of one entity category. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
                    truePositives, falsePositives, falseNegatives);
        }
    }

    /** A share of checks passed. */
    static final class Share {
        int passed;
        int total;

        void add(boolean pass) {
            total++;
            if (pass) {
                passed++;
            }
        }

        double value() {
            return ratio(passed, total);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f  (%d/%d)", value(), passed, total);
        }
    }

    /** Every figure of one evaluation run, and the errors behind them. */
    static final class Scores {
        final Counts people = new Counts();
        final Counts organizations = new Counts();
        final Counts places = new Counts();
        final Share articlesFound = new Share();
        final Share quoteAttribution = new Share();
        final Share incidentPlace = new Share();
        final Share incidentKilled = new Share();
        final Share incidentInjured = new Share();
        int spuriousIncidents;
        final List<String> errors = new ArrayList<>();

        String report() {
            return String.join(System.lineSeparator(),
                    "articles found      " + articlesFound,
                    "people              " + people,
                    "organizations       " + organizations,
                    "places (+country)   " + places,
                    "quote attribution   " + quoteAttribution,
                    "incident place      " + incidentPlace,
                    "incident killed     " + incidentKilled,
                    "incident injured    " + incidentInjured,
                    "incidents in articles that report none: " + spuriousIncidents);
        }
    }

    private static final String DIR = "/extract/eval/";

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) {
        Scores s = evaluate(new ArticleExtractor());
        if (args.length == 0 || !args[0].equals("--quiet")) {
            s.errors.forEach(System.out::println);
            System.out.println();
        }
        System.out.println(s.report());
    }

    static Scores evaluate(ArticleExtractor extractor) {
        JsonNode expected;
        try {
            expected = new ObjectMapper().readTree(Seeds.read(DIR + "expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scores s = new Scores();
        for (JsonNode feed : expected.get("feeds")) {
            String file = feed.get("file").asText();
            List<ArticleInput> extracted = extractor.extract(Seeds.read(DIR + file), file);
            for (JsonNode want : feed.get("articles")) {
                ArticleInput got = extracted.stream().filter(a -> norm(a.headline()).equals(norm(want.get("headline").asText())))
                        .findFirst().orElse(null);
                s.articlesFound.add(got != null);
                if (got == null) {
                    s.errors.add("[" + file + "] article not found: " + want.get("headline").asText());
                    got = new ArticleInput("missing", List.of(), null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null);
                }
                score(want, got, s, "[" + shortHeadline(want.get("headline").asText()) + "] ");
            }
        }
        return s;
    }

    private static void score(JsonNode want, ArticleInput got, Scores s, String tag) {
        List<Set<String>> gotPeople = got.people().stream().map(p -> names(p.name(), List.of())).toList();
        match(tag + "person", alternatives(want.get("people")), gotPeople, got.people().stream().map(PersonInput::name).toList(),
                s.people, s.errors);
        List<Set<String>> gotOrgs = got.organizations().stream().map(o -> names(o.name(), o.aliases())).toList();
        match(tag + "organization", alternatives(want.get("organizations")), gotOrgs,
                got.organizations().stream().map(OrganizationInput::name).toList(), s.organizations, s.errors);
        List<Set<String>> wantPlaces = new ArrayList<>();
        for (JsonNode p : want.get("places")) {
            Set<String> alts = new LinkedHashSet<>();
            for (String a : p.get(0).asText().split("\\|")) {
                alts.add(norm(a) + "@" + countryOf(p.get(1)));
            }
            wantPlaces.add(alts);
        }
        List<Set<String>> gotPlaces = new ArrayList<>();
        for (PlaceInput p : got.places()) {
            Set<String> alts = new LinkedHashSet<>();
            for (String n : names(p.name(), p.aliases())) {
                alts.add(n + "@" + (p.countryCode() == null ? "-" : p.countryCode()));
            }
            gotPlaces.add(alts);
        }
        match(tag + "place", wantPlaces, gotPlaces,
                got.places().stream().map(p -> p.name() + "@" + p.countryCode()).toList(), s.places, s.errors);
        scoreQuotes(want, got, s, tag);
        scoreIncidents(want, got, s, tag);
    }

    private static void scoreQuotes(JsonNode want, ArticleInput got, Scores s, String tag) {
        for (JsonNode q : want.get("quotes")) {
            String fragment = norm(q.get("text").asText());
            Set<String> speakers = q.get("speaker").isNull() ? Set.of() : alternativesOf(q.get("speaker").asText());
            StatementInput st = got.statements().stream().filter(x -> norm(x.text()).contains(fragment)).findFirst().orElse(null);
            if (st == null) {
                s.quoteAttribution.add(false);
                s.errors.add(tag + "quote not found: \"" + q.get("text").asText() + "\"");
                continue;
            }
            Set<String> said = speakerNames(st.speaker(), got);
            boolean ok = speakers.isEmpty() ? st.speaker() == null : said.stream().anyMatch(speakers::contains);
            s.quoteAttribution.add(ok);
            if (!ok) {
                s.errors.add(tag + "quote \"" + q.get("text").asText() + "\" attributed to " + st.speaker() + ", expected "
                        + q.get("speaker").asText());
            }
        }
    }

    private static void scoreIncidents(JsonNode want, ArticleInput got, Scores s, String tag) {
        JsonNode incidents = want.get("incidents");
        if (incidents.isEmpty()) {
            s.spuriousIncidents += got.incidents().size();
            got.incidents().forEach(i -> s.errors.add(tag + "incident not in the text: " + i.title() + " @ " + i.place()));
            return;
        }
        for (JsonNode inc : incidents) {
            Set<String> places = alternativesOf(inc.get("place").asText());
            IncidentInput at = got.incidents().stream()
                    .filter(i -> placeNames(i.place(), got).stream().anyMatch(places::contains)).findFirst().orElse(null);
            s.incidentPlace.add(at != null);
            if (at == null) {
                s.errors.add(tag + "no incident at " + inc.get("place").asText() + "; got "
                        + got.incidents().stream().map(i -> i.type() + "@" + i.place()).toList());
                at = got.incidents().isEmpty() ? null : got.incidents().get(0);
            }
            figure(tag, inc.get("killed"), at, FigureKind.KILLED, s.incidentKilled, s.errors);
            figure(tag, inc.get("injured"), at, FigureKind.INJURED, s.incidentInjured, s.errors);
        }
    }

    private static void figure(String tag, JsonNode want, IncidentInput at, FigureKind kind, Share share, List<String> errors) {
        if (want == null || want.isNull()) {
            return;
        }
        Set<Integer> values = new HashSet<>();
        want.forEach(v -> values.add(v.asInt()));
        List<Integer> got = at == null ? List.of()
                : at.figures().stream().filter(f -> f.kind() == kind).map(FigureInput::value).toList();
        boolean ok = got.stream().anyMatch(values::contains);
        share.add(ok);
        if (!ok) {
            errors.add(tag + kind + " expected " + values + ", got " + got + (at == null ? " (no incident)" : " at " + at.place()));
        }
    }

    /** Greedy one-to-one matching of expected to extracted entities, each given as its set of acceptable names. */
    private static void match(String what, List<Set<String>> want, List<Set<String>> got, List<String> gotLabels, Counts c,
            List<String> errors) {
        boolean[] used = new boolean[got.size()];
        for (Set<String> w : want) {
            int hit = -1;
            for (int i = 0; i < got.size() && hit < 0; i++) {
                if (!used[i] && got.get(i).stream().anyMatch(w::contains)) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                c.truePositives++;
            } else {
                c.falseNegatives++;
                errors.add("  missed " + what + ": " + w.iterator().next());
            }
        }
        for (int i = 0; i < got.size(); i++) {
            if (!used[i]) {
                c.falsePositives++;
                errors.add("  spurious " + what + ": " + gotLabels.get(i));
            }
        }
    }

    private static Set<String> speakerNames(String speaker, ArticleInput got) {
        Set<String> out = new HashSet<>();
        if (speaker == null) {
            return out;
        }
        String s = norm(speaker);
        out.add(s);
        for (PersonInput p : got.people()) {
            Set<String> n = names(p.name(), p.aliases());
            if (n.contains(s)) {
                out.addAll(n);
            }
        }
        for (OrganizationInput o : got.organizations()) {
            Set<String> n = names(o.name(), o.aliases());
            if (n.contains(s)) {
                out.addAll(n);
            }
        }
        return out;
    }

    private static Set<String> placeNames(String place, ArticleInput got) {
        Set<String> out = new HashSet<>();
        if (place == null) {
            return out;
        }
        String s = norm(place);
        out.add(s);
        for (PlaceInput p : got.places()) {
            Set<String> n = names(p.name(), p.aliases());
            if (n.contains(s)) {
                out.addAll(n);
            }
        }
        return out;
    }

    private static List<Set<String>> alternatives(JsonNode list) {
        List<Set<String>> out = new ArrayList<>();
        list.forEach(n -> out.add(alternativesOf(n.asText())));
        return out;
    }

    private static Set<String> alternativesOf(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : text.split("\\|")) {
            out.add(norm(a));
        }
        return out;
    }

    private static Set<String> names(String name, List<String> aliases) {
        Set<String> out = new LinkedHashSet<>();
        out.add(norm(name));
        aliases.forEach(a -> out.add(norm(a)));
        return out;
    }

    private static String countryOf(JsonNode n) {
        return n == null || n.isNull() ? "-" : n.asText();
    }

    /** Case, curly quotes, accents' absence and a leading "the" do not matter. */
    static String norm(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        t = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    private static String shortHeadline(String h) {
        return h.length() > 30 ? h.substring(0, 30) : h;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }
}
