package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.domain.FigureKind;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.domain.BestEstimate;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.EventInput;
import dev.newsgraph.draft.FigureInput;
import dev.newsgraph.draft.IncidentInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PlaceInput;
import dev.newsgraph.draft.StatementInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        final Share splitterFound = new Share();
        final Share quotesFound = new Share();
        final Share quoteSpeaker = new Share();
        final Share incidentExact = new Share();
        final Share eventsFound = new Share();
        int spuriousIncidents;
        final List<String> errors = new ArrayList<>();
        /** Every error by its class ("spurious person", "wrong speaker", ...), for the next person to see what is left. */
        final Map<String, List<String>> errorsByClass = new TreeMap<>();

        void error(String errorClass, String message) {
            errors.add(message);
            errorsByClass.computeIfAbsent(errorClass, k -> new ArrayList<>()).add(message.strip());
        }

        String corpusReport() {
            return String.join(System.lineSeparator(),
                    "articles cut by the splitter      " + splitterFound,
                    "people              " + people,
                    "organizations       " + organizations,
                    "places (+country)   " + places,
                    "quotes found        " + quotesFound,
                    "quotes right speaker " + quoteSpeaker + " (of the quotes found)",
                    "incidents right place+killed+injured " + incidentExact,
                    "events found (kind, place)        " + eventsFound,
                    "incidents in articles that report none: " + spuriousIncidents);
        }

        String errorsByClassReport() {
            StringBuilder out = new StringBuilder();
            errorsByClass.forEach((k, v) -> {
                out.append("== ").append(k).append(" (").append(v.size()).append(")").append(System.lineSeparator());
                v.forEach(e -> out.append("   ").append(e).append(System.lineSeparator()));
            });
            return out.toString();
        }

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

    /**
     * Prints every error of the invented evaluation set and of the dev split grouped by class, then their figures.
     * Held-out is measured only when asked ({@code --split heldout}), and only its figures are printed: whoever works
     * on the extractor sees neither its errors nor how each change moves it.
     */
    public static void main(String[] args) {
        boolean quiet = args.length > 0 && args[0].equals("--quiet");
        ArticleExtractor extractor = new ArticleExtractor();
        if (args.length > 1 && args[0].equals("--split")) {
            // a batch not tuned on yet (e.g. new articles before they join dev), or several pooled: figures only
            System.out.println("#### corpus " + args[1] + " split (figures only)");
            System.out.println(evaluateCorpus(extractor, args[1]).corpusReport());
            return;
        }
        Scores s = evaluate(extractor);
        Scores dev = evaluateCorpus(extractor, "dev");
        if (!quiet) {
            System.out.println("#### errors of the invented evaluation set, by class");
            System.out.println(s.errorsByClassReport());
            System.out.println("#### errors of the corpus dev split, by class");
            System.out.println(dev.errorsByClassReport());
        }
        System.out.println("#### invented evaluation set (" + DIR + ")");
        System.out.println(s.report());
        System.out.println("#### corpus dev split");
        System.out.println(dev.corpusReport());
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
                    s.error("article not found", "[" + file + "] article not found: " + want.get("headline").asText());
                    got = new ArticleInput("missing", List.of(), null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null, null);
                }
                score(want, got, s, "[" + shortHeadline(want.get("headline").asText()) + "] ");
            }
        }
        return s;
    }

    /** The gold entries of one split of the real-copy corpus ({@code /extract/corpus/<split>/gold.json}). */
    static JsonNode goldArticles(String split) {
        try {
            return new ObjectMapper().readTree(Seeds.read("/extract/corpus/" + split + "/gold.json")).get("articles");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Scores one split of the real-copy corpus ({@code /extract/corpus/<split>/}, one article per file), or several
     * named with commas as one pool ("unseen-p,unseen-q": small batches are measured together). The article is
     * the one the feed parser cuts out under the gold headline (or, for copy without a headline line, the one article it
     * heads with its first sentence); when the parser finds none, the file is read as the headline line and the lines
     * after it, and the article counts as not cut by the splitter.
     */
    static Scores evaluateCorpus(ArticleExtractor extractor, String splits) {
        Scores s = new Scores();
        for (String split : splits.split(",")) {
            String dir = "/extract/corpus/" + split + "/";
            for (JsonNode want : goldArticles(split)) {
                ArticleInput got = corpusArticle(extractor, dir, want, s.splitterFound);
                String tag = tag(want);
                scoreEntities(want, got, s, tag);
                scoreQuotes(want, got, s, tag);
                scoreIncidents(want, got, s, tag);
                scoreEvents(want, got, s, tag);
            }
        }
        return s;
    }

    /**
     * The draft of one gold article of a corpus directory: the one the feed parser cuts out under the gold headline
     * (whether it does goes into {@code splitterFound}), else the file read as that headline and the lines after it.
     */
    static ArticleInput corpusArticle(ArticleExtractor extractor, String dir, JsonNode want, Share splitterFound) {
        String file = want.get("file").asText();
        String text = Seeds.read(dir + file);
        String headline = want.path("headline").isNull() ? null : want.path("headline").asText(null);
        ArticleInput got = null;
        List<ArticleInput> drafts = extractor.extract(text, file);
        for (ArticleInput a : drafts) {
            if (headline != null && norm(a.headline()).equals(norm(headline))) {
                got = a;
            }
        }
        if (headline == null && drafts.size() == 1 && drafts.get(0).headlineBasis() == HeadlineBasis.FIRST_SENTENCE) {
            got = drafts.get(0); // copy without a headline line is cut right when it gives one article headed by its lead
        }
        splitterFound.add(got != null);
        return got != null ? got : extractor.extractArticle(asPublished(text, headline), file);
    }

    static String tag(JsonNode want) {
        String file = want.get("file").asText();
        return "[" + file.substring(0, Math.min(file.length(), 30)) + "] ";
    }

    /**
     * The headline given apart and every other non-empty line as a paragraph: the lines after the headline in order, then
     * the page chrome before it (a paste brings it along; it is no lead); text around the headline on its line stays.
     */
    static RawArticle asPublished(String text, String headline) {
        List<String> paragraphs = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        boolean seen = headline == null;
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int at = seen ? -1 : line.indexOf(headline.strip());
            if (at < 0) {
                (seen ? paragraphs : chrome).add(line);
                continue;
            }
            seen = true;
            if (!line.substring(0, at).isBlank()) {
                chrome.add(line.substring(0, at).strip());
            }
            if (!line.substring(at + headline.strip().length()).isBlank()) {
                paragraphs.add(line.substring(at + headline.strip().length()).strip());
            }
        }
        paragraphs.addAll(chrome);
        String title = headline != null ? headline.strip() : paragraphs.isEmpty() ? "untitled" : paragraphs.get(0);
        return new RawArticle(title, List.of(), paragraphs.isEmpty() ? List.of(title) : paragraphs);
    }

    private static void score(JsonNode want, ArticleInput got, Scores s, String tag) {
        scoreEntities(want, got, s, tag);
        scoreQuotes(want, got, s, tag);
        scoreIncidents(want, got, s, tag);
    }

    static void scoreEntities(JsonNode want, ArticleInput got, Scores s, String tag) {
        List<Set<String>> gotPeople = got.people().stream().map(p -> names(p.name(), List.of())).toList();
        match(tag, "person", alternatives(want.get("people")), gotPeople, got.people().stream().map(PersonInput::name).toList(),
                s.people, s);
        List<Set<String>> gotOrgs = got.organizations().stream().map(o -> names(o.name(), o.aliases())).toList();
        match(tag, "organization", alternatives(want.get("organizations")), gotOrgs,
                got.organizations().stream().map(OrganizationInput::name).toList(), s.organizations, s);
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
        match(tag, "place", wantPlaces, gotPlaces,
                got.places().stream().map(p -> p.name() + "@" + p.countryCode()).toList(), s.places, s);
    }

    private static void scoreQuotes(JsonNode want, ArticleInput got, Scores s, String tag) {
        for (JsonNode q : want.get("quotes")) {
            String fragment = norm(q.get("text").asText());
            Set<String> speakers = q.get("speaker").isNull() ? Set.of() : goldNames(want, alternativesOf(q.get("speaker").asText()));
            StatementInput st = got.statements().stream().filter(x -> norm(x.text()).contains(fragment)).findFirst().orElse(null);
            s.quotesFound.add(st != null);
            if (st == null) {
                s.quoteAttribution.add(false);
                s.error("quote not found", tag + "quote not found: \"" + q.get("text").asText() + "\"");
                continue;
            }
            Set<String> said = speakerNames(st.speaker(), got);
            boolean ok = speakers.isEmpty() ? st.speaker() == null : said.stream().anyMatch(speakers::contains);
            s.quoteAttribution.add(ok);
            s.quoteSpeaker.add(ok);
            if (!ok) {
                boolean outlet = got.organizations().stream().anyMatch(o -> o.name().equals(st.speaker())
                        && (o.kind() == dev.newsgraph.domain.OrganizationKind.NEWS_AGENCY || o.kind() == dev.newsgraph.domain.OrganizationKind.PLATFORM));
                String kind = st.speaker() == null ? "quote without speaker" : outlet ? "outlet as speaker" : speakers.isEmpty()
                        ? "speaker for an unnamed source" : "wrong speaker";
                s.error(kind, tag + "quote \"" + q.get("text").asText()
                        + "\" attributed to " + st.speaker() + ", expected " + q.get("speaker").asText());
            }
        }
    }

    private static void scoreIncidents(JsonNode want, ArticleInput got, Scores s, String tag) {
        JsonNode incidents = want.get("incidents");
        if (incidents.isEmpty()) {
            s.spuriousIncidents += got.incidents().size();
            got.incidents().forEach(i -> s.error("spurious incident", tag + "incident not in the text: " + i.title() + " @ " + i.place()));
            return;
        }
        List<IncidentInput> unmatched = new ArrayList<>(got.incidents());
        for (JsonNode inc : incidents) {
            Set<String> places = alternativesOf(inc.get("place").asText());
            // One extracted incident per gold one: of those at the place, one not matched yet, and the one with the
            // gold's figures first (two incidents in one city are told apart by their tolls).
            IncidentInput at = got.incidents().stream()
                    .filter(i -> placeNames(i.place(), got).stream().anyMatch(places::contains))
                    .sorted(Comparator.comparing((IncidentInput i) -> !unmatched.contains(i))
                            .thenComparing(i -> !(exact(inc.get("killed"), i, FigureKind.KILLED) && exact(inc.get("injured"), i, FigureKind.INJURED))))
                    .findFirst().orElse(null);
            s.incidentPlace.add(at != null);
            unmatched.remove(at);
            if (at == null) {
                s.error("wrong incident place", tag + "no incident at " + inc.get("place").asText() + "; got "
                        + got.incidents().stream().map(i -> i.type() + "@" + i.place()).toList());
            }
            boolean killed = exact(inc.get("killed"), at, FigureKind.KILLED);
            boolean injured = exact(inc.get("injured"), at, FigureKind.INJURED);
            s.incidentExact.add(at != null && killed && injured);
            boolean placed = at != null;
            if (at == null) {
                at = got.incidents().isEmpty() ? null : got.incidents().get(0);
            }
            figure(tag, inc.get("killed"), at, FigureKind.KILLED, s.incidentKilled, s);
            figure(tag, inc.get("injured"), at, FigureKind.INJURED, s.incidentInjured, s);
            if (placed && !killed && figureFound(inc.get("killed"), at, FigureKind.KILLED)) {
                // the gold figure is among the incident's figures, but another one was taken as the best estimate
                s.error("wrong best estimate", tag + "KILLED best estimate not one of " + inc.get("killed") + " among " + at.figures());
            }
        }
        if (want.has("file")) {
            for (IncidentInput i : unmatched) {
                // an extra incident at a place the gold already has an incident at is likely the same one told twice
                boolean samePlace = java.util.stream.StreamSupport.stream(incidents.spliterator(), false)
                        .anyMatch(g -> placeNames(i.place(), got).stream().anyMatch(alternativesOf(g.get("place").asText())::contains));
                s.error(samePlace ? "duplicate incident" : "spurious incident",
                        tag + "incident not in the gold: " + i.type() + " " + i.title() + " @ " + i.place());
            }
        }
    }

    /** Whether the incident's best estimate is one of the gold figures, or both give none. */
    private static boolean exact(JsonNode want, IncidentInput at, FigureKind kind) {
        Integer best = at == null ? null : BestEstimate.of(at.figures().stream().filter(f -> f.kind() == kind).toList(),
                FigureInput::partyClaim, FigureInput::reportedOn, FigureInput::value).map(FigureInput::value).orElse(null);
        Set<Integer> values = new HashSet<>();
        if (want != null && !want.isNull()) {
            want.forEach(v -> values.add(v.asInt()));
        }
        return values.isEmpty() ? best == null : best != null && values.contains(best);
    }

    private static boolean figureFound(JsonNode want, IncidentInput at, FigureKind kind) {
        Set<Integer> values = new HashSet<>();
        if (want != null && !want.isNull()) {
            want.forEach(v -> values.add(v.asInt()));
        }
        return at.figures().stream().anyMatch(f -> f.kind() == kind && values.contains(f.value()));
    }

    private static void figure(String tag, JsonNode want, IncidentInput at, FigureKind kind, Share share, Scores s) {
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
            s.error("wrong " + kind.name().toLowerCase(Locale.ROOT), tag + kind + " expected " + values + ", got " + got
                    + (at == null ? " (no incident)" : " at " + at.place()));
        }
    }

    private static void scoreEvents(JsonNode want, ArticleInput got, Scores s, String tag) {
        List<EventInput> unmatched = new ArrayList<>(got.events());
        for (JsonNode ev : want.path("events")) {
            String kind = ev.get("kind").asText();
            Set<String> places = ev.path("place").isNull() || ev.path("place").isMissingNode() ? Set.of() : alternativesOf(ev.get("place").asText());
            EventInput hit = unmatched.stream().filter(e -> e.kind().name().equals(kind)
                    && (places.isEmpty() || placeNames(e.place(), got).stream().anyMatch(places::contains))).findFirst().orElse(null);
            s.eventsFound.add(hit != null);
            if (hit == null) {
                s.error("missed event", tag + "missed event " + kind + " " + ev.path("title").asText() + " @ " + ev.path("place").asText());
            }
            unmatched.remove(hit);
        }
        unmatched.forEach(e -> s.error("spurious event", tag + "event not in the gold: " + e.kind() + " " + e.title()));
    }

    /** Greedy one-to-one matching of expected to extracted entities, each given as its set of acceptable names. */
    private static void match(String tag, String what, List<Set<String>> want, List<Set<String>> got, List<String> gotLabels,
            Counts c, Scores s) {
        boolean[] used = new boolean[got.size()];
        List<Set<String>> missed = new ArrayList<>();
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
                missed.add(w);
            }
        }
        for (Set<String> w : missed) {
            // A place found under its name but in another country is one error of its own kind.
            int sameName = -1;
            for (int i = 0; i < got.size() && sameName < 0 && what.equals("place"); i++) {
                if (!used[i] && got.get(i).stream().anyMatch(g -> w.stream().anyMatch(x -> x.split("@")[0].equals(g.split("@")[0])))) {
                    sameName = i;
                }
            }
            if (sameName >= 0) {
                used[sameName] = true;
                c.falsePositives++;
                s.error("wrong country", tag + "  wrong country: " + w.iterator().next() + ", got " + gotLabels.get(sameName));
            } else {
                s.error("missed " + what, tag + "  missed " + what + ": " + w.iterator().next());
            }
        }
        for (int i = 0; i < got.size(); i++) {
            if (!used[i]) {
                c.falsePositives++;
                s.error("spurious " + what, tag + "  spurious " + what + ": " + gotLabels.get(i));
            }
        }
    }

    /**
     * A gold speaker with every other name the gold gives the same person or organization ("United States military" is
     * also "US military"): a speaker is scored as the entity rows are, by any of its names.
     */
    static Set<String> goldNames(JsonNode want, Set<String> speaker) {
        Set<String> out = new LinkedHashSet<>(speaker);
        for (String list : List.of("people", "organizations")) {
            for (Set<String> entity : alternatives(want.path(list))) {
                if (entity.stream().anyMatch(speaker::contains)) {
                    out.addAll(entity);
                }
            }
        }
        return out;
    }

    static Set<String> speakerNames(String speaker, ArticleInput got) {
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

    static Set<String> alternativesOf(String text) {
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
