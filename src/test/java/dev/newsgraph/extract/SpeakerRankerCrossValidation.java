package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.domain.OrganizationKind;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.StatementInput;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Would a learned choice of speaker beat the rules? For every gold quote the extractor finds, the candidates are the
 * people and organizations it extracted, the rules' own speaker and "nobody"; each is described by where it is named
 * relative to the quote (same paragraph before or after, how many paragraphs back, next to a verb of saying, last
 * person named), its kind and whether the rules chose it. A maxent model (OpenNLP GIS) scores candidates; the best one
 * is the speaker. Judged by 5-fold cross-validation by article (fold = file number mod 5) against the rules on the same
 * quotes. An experiment: it prints figures and ships nothing.
 * <pre>java -cp ... dev.newsgraph.extract.SpeakerRankerCrossValidation dev</pre>
 */
public final class SpeakerRankerCrossValidation {

    private static final Pattern SAYS_AFTER = Pattern.compile(
            "^(?:,[^,.;]{1,80},)?\\s+(?:has |had |also |later |then )?(?:said|says|told|tells|added|adds|wrote|stated|explained|insisted|noted|warned|announced|declared|commented)\\b");
    private static final Pattern SAYS_BEFORE = Pattern.compile(
            "\\b(?:said|says|told|added|according to|quoted|quoting)\\s+(?:\\S+\\s+){0,2}$");
    private static final Pattern PRONOUN_FRAME = Pattern.compile("^\\W{0,3}\\s*(?:he|she)\\s+(?:said|says|added|told|explained|wrote)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNNAMED_FRAME = Pattern.compile(
            "\\b(?:an?|one|another|two|several|some)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:said|says|told|added)\\b");

    /** One candidate of one quote: its features and whether the gold names it. */
    record Candidate(String label, String[] features, boolean right, boolean ruleChose) {
    }

    /** One quote: the rules' verdict and its candidates. */
    record QuoteCase(int fold, boolean fresh, boolean rulesRight, boolean rulesNull, List<Candidate> candidates) {
    }

    private static final double[] MARGINS = {0.0, 0.3, 0.5, 0.7, 0.9};

    private SpeakerRankerCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        List<QuoteCase> cases = cases(split);
        int n = cases.size();
        int rules = 0;
        int reachable = 0;
        for (QuoteCase c : cases) {
            rules += c.rulesRight() ? 1 : 0;
            reachable += c.candidates().stream().anyMatch(Candidate::right) ? 1 : 0;
        }
        System.out.println("quotes " + n + ", rules right " + rules + ", a right candidate among them " + reachable);
        for (boolean blind : new boolean[]{false, true}) {
            int[] right = new int[2];
            int[] total = new int[2];
            int[] rulesRight = new int[2];
            int overrides = 0;
            int[][] hybrid = new int[MARGINS.length][2];
            int[] overridden = new int[MARGINS.length];
            for (int fold = 0; fold < 5; fold++) {
                List<Event> train = new ArrayList<>();
                for (QuoteCase c : cases) {
                    if (c.fold() != fold) {
                        for (Candidate k : c.candidates()) {
                            train.add(new Event(k.right() ? "yes" : "no", features(k, blind)));
                        }
                    }
                }
                MaxentModel model = train(train);
                for (QuoteCase c : cases) {
                    if (c.fold() != fold) {
                        continue;
                    }
                    Candidate best = null;
                    double bestP = -1;
                    double ruleP = 0;
                    for (Candidate k : c.candidates()) {
                        double p = model.eval(features(k, blind))[model.getIndex("yes")];
                        if (p > bestP) {
                            bestP = p;
                            best = k;
                        }
                        ruleP = k.ruleChose() ? p : ruleP;
                    }
                    for (int m = 0; m < MARGINS.length; m++) {
                        boolean override = !best.ruleChose() && bestP - ruleP > MARGINS[m];
                        hybrid[m][c.fresh() ? 1 : 0] += (override ? best.right() : c.rulesRight()) ? 1 : 0;
                        overridden[m] += override ? 1 : 0;
                    }
                    int part = c.fresh() ? 1 : 0;
                    total[part]++;
                    right[part] += best.right() ? 1 : 0;
                    rulesRight[part] += c.rulesRight() ? 1 : 0;
                    overrides += best.ruleChose() ? 0 : 1;
                }
            }
            System.out.printf(Locale.ROOT, "%s: chose other than the rules %d times; 001-502 ranker %d/%d rules %d; 503-610 ranker %d/%d rules %d%n",
                    blind ? "ranker without the rules' choice" : "ranker with the rules' choice as a feature", overrides,
                    right[0], total[0], rulesRight[0], right[1], total[1], rulesRight[1]);
            for (int m = 0; m < MARGINS.length; m++) {
                System.out.printf(Locale.ROOT, "  the rules unless the ranker's best beats their choice by %.1f: %d overrides; 001-502 %d/%d; 503-610 %d/%d%n",
                        MARGINS[m], overridden[m], hybrid[m][0], total[0], hybrid[m][1], total[1]);
            }
        }
        for (int fold = 0; fold < 5; fold++) {
            int r = 0;
            int m = 0;
            for (QuoteCase c : cases) {
                if (c.fold() == fold) {
                    m++;
                    r += c.rulesRight() ? 1 : 0;
                }
            }
            System.out.println("fold " + fold + ": rules " + r + "/" + m);
        }
    }

    /** The candidate's features, without those that tell the rules' choice when the ranker is to decide blind. */
    private static String[] features(Candidate k, boolean blind) {
        if (!blind) {
            return k.features();
        }
        String[] f = java.util.Arrays.stream(k.features()).filter(x -> !x.startsWith("rule") && !x.contains("&rule")).toArray(String[]::new);
        return f.length == 0 ? new String[]{"other"} : f;
    }

    private static MaxentModel train(List<Event> events) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    static List<QuoteCase> cases(String split) throws IOException {
        String dir = "/extract/corpus/" + split + "/";
        ArticleExtractor extractor = new ArticleExtractor();
        List<QuoteCase> out = new ArrayList<>();
        for (JsonNode want : ExtractionEvaluation.goldArticles(split)) {
            String file = want.get("file").asText();
            int fold = Integer.parseInt(file.substring(0, 3)) % 5;
            ArticleInput got = ExtractionEvaluation.corpusArticle(extractor, dir, want, new ExtractionEvaluation.Share());
            for (JsonNode q : want.get("quotes")) {
                String fragment = ExtractionEvaluation.norm(q.get("text").asText());
                StatementInput st = got.statements().stream().filter(x -> ExtractionEvaluation.norm(x.text()).contains(fragment))
                        .findFirst().orElse(null);
                if (st == null) {
                    continue;
                }
                Set<String> expected = q.get("speaker").isNull() ? Set.of()
                        : ExtractionEvaluation.goldNames(want, ExtractionEvaluation.alternativesOf(q.get("speaker").asText()));
                out.add(quoteCase(fold, Integer.parseInt(file.substring(0, 3)) >= 503, got, st, expected));
            }
        }
        return out;
    }

    private static QuoteCase quoteCase(int fold, boolean fresh, ArticleInput got, StatementInput st, Set<String> expected) {
        Set<String> ruleNames = ExtractionEvaluation.speakerNames(st.speaker(), got);
        boolean rulesRight = expected.isEmpty() ? st.speaker() == null : ruleNames.stream().anyMatch(expected::contains);
        Article a = new Article(got.paragraphs());
        int[] at = a.find(st.text());
        List<Candidate> candidates = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        for (PersonInput p : got.people()) {
            named.add(new Named(p.name(), p.aliases(), "person"));
        }
        for (OrganizationInput o : got.organizations()) {
            boolean outlet = o.kind() == OrganizationKind.NEWS_AGENCY || o.kind() == OrganizationKind.PLATFORM;
            named.add(new Named(o.name(), o.aliases(), outlet ? "outlet" : "org"));
        }
        boolean ruleMapped = false;
        String lastPerson = at == null ? null : a.lastNamedBefore(named, at, "person");
        for (Named e : named) {
            Set<String> names = e.normNames();
            boolean ruleChose = st.speaker() != null && names.contains(ExtractionEvaluation.norm(st.speaker()));
            ruleMapped |= ruleChose;
            List<String> f = new ArrayList<>();
            f.add("kind=" + e.kind);
            if (ruleChose) {
                f.add("rule");
                f.add("rule&kind=" + e.kind);
            }
            if (at != null) {
                a.describe(e, at, f, e.name.equals(lastPerson));
            }
            candidates.add(new Candidate(e.name, f.toArray(String[]::new), names.stream().anyMatch(expected::contains), ruleChose));
        }
        if (st.speaker() != null && !ruleMapped) {
            candidates.add(new Candidate(st.speaker(), new String[]{"rulestring", "rule"}, rulesRight, true));
        }
        List<String> none = new ArrayList<>(List.of("none"));
        if (st.speaker() == null) {
            none.add("none&rulenull");
        }
        if (at != null) {
            String frame = a.frameAfter(at);
            if (UNNAMED_FRAME.matcher(frame).find() || UNNAMED_FRAME.matcher(a.sentenceBefore(at)).find()) {
                none.add("none&unnamedframe");
            }
        }
        candidates.add(new Candidate(null, none.toArray(String[]::new), expected.isEmpty(), st.speaker() == null));
        return new QuoteCase(fold, fresh, rulesRight, st.speaker() == null, candidates);
    }

    /** A person or organization the extractor found, with the forms the copy may name it by. */
    record Named(String name, List<String> aliases, String kind) {
        Set<String> normNames() {
            Set<String> out = new LinkedHashSet<>();
            out.add(ExtractionEvaluation.norm(name));
            aliases.forEach(x -> out.add(ExtractionEvaluation.norm(x)));
            return out;
        }

        List<String> forms() {
            Set<String> out = new LinkedHashSet<>();
            out.add(name);
            out.addAll(aliases);
            if (kind.equals("person")) {
                String[] w = name.split(" ");
                if (w.length > 1 && w[w.length - 1].length() > 2) {
                    out.add(w[w.length - 1]);
                }
            }
            return new ArrayList<>(out);
        }
    }

    /** The paragraphs with their quote spans: where a candidate is named outside quotes, relative to a quote. */
    static final class Article {
        final List<String> paragraphs;
        final List<List<StatementExtractor.Quote>> quotes = new ArrayList<>();

        Article(List<String> paragraphs) {
            this.paragraphs = paragraphs;
            paragraphs.forEach(p -> quotes.add(StatementExtractor.quotations(p)));
        }

        /** {paragraph, start, end} of the quote whose text this is, or null. */
        int[] find(String text) {
            String key = text.substring(0, Math.min(40, text.length()));
            for (int p = 0; p < paragraphs.size(); p++) {
                int i = paragraphs.get(p).indexOf(key);
                if (i >= 0) {
                    for (StatementExtractor.Quote q : quotes.get(p)) {
                        if (q.start() <= i && i < q.end()) {
                            return new int[]{p, q.start(), q.end()};
                        }
                    }
                    return new int[]{p, i, i + text.length()};
                }
            }
            return null;
        }

        private boolean inQuote(int p, int i) {
            return quotes.get(p).stream().anyMatch(q -> q.start() < i && i < q.end());
        }

        /** Where each form is named outside quotes in paragraph p: start offsets with their end. */
        private List<int[]> mentions(Named e, int p) {
            List<int[]> out = new ArrayList<>();
            String para = paragraphs.get(p);
            for (String form : e.forms()) {
                Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}])").matcher(para);
                while (m.find()) {
                    if (!inQuote(p, m.start())) {
                        out.add(new int[]{m.start(), m.end()});
                    }
                }
            }
            return out;
        }

        String lastNamedBefore(List<Named> named, int[] at, String kind) {
            String best = null;
            int bestP = -1;
            int bestI = -1;
            for (Named e : named) {
                if (!e.kind.equals(kind)) {
                    continue;
                }
                for (int p = Math.max(0, at[0] - 6); p <= at[0]; p++) {
                    for (int[] m : mentions(e, p)) {
                        if ((p < at[0] || m[0] < at[1]) && (p > bestP || p == bestP && m[0] > bestI)) {
                            best = e.name;
                            bestP = p;
                            bestI = m[0];
                        }
                    }
                }
            }
            return best;
        }

        String frameAfter(int[] at) {
            String para = paragraphs.get(at[0]);
            String rest = para.substring(Math.min(para.length(), at[2]));
            int stop = rest.indexOf(". ");
            return stop < 0 ? rest : rest.substring(0, stop);
        }

        String sentenceBefore(int[] at) {
            String lead = paragraphs.get(at[0]).substring(0, at[1]);
            if (lead.isBlank() && at[0] > 0) {
                lead = paragraphs.get(at[0] - 1);
            }
            int stop = lead.lastIndexOf(". ", Math.max(0, lead.length() - 3));
            return stop < 0 ? lead : lead.substring(stop + 2);
        }

        void describe(Named e, int[] at, List<String> f, boolean lastPerson) {
            int p = at[0];
            String para = paragraphs.get(p);
            int count = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                count += mentions(e, i).size();
            }
            f.add("count=" + (count == 0 ? "0" : count == 1 ? "1" : count <= 3 ? "2-3" : "4+"));
            if (lastPerson) {
                f.add("lastperson");
            }
            String before = "none";
            String after = "none";
            boolean saysSame = false;
            for (int[] m : mentions(e, p)) {
                String tail = para.substring(m[1]);
                boolean says = SAYS_AFTER.matcher(tail).lookingAt() || SAYS_BEFORE.matcher(para.substring(0, m[0])).find();
                if (m[1] <= at[1]) {
                    int d = at[1] - m[1];
                    before = d < 40 ? "near" : d < 150 ? "mid" : "far";
                    saysSame |= says;
                    if (says) {
                        f.add("before&says");
                    }
                } else if (m[0] >= at[2]) {
                    int d = m[0] - at[2];
                    String b = d < 40 ? "near" : d < 150 ? "mid" : "far";
                    after = after.equals("none") ? b : after;
                    if (says && d < 40) {
                        f.add("afternear&says");
                    }
                }
            }
            f.add("before=" + before);
            f.add("after=" + after);
            f.add("before=" + before + "&after=" + after);
            int back = -1;
            boolean saysBack = false;
            for (int q = p - 1; q >= Math.max(0, p - 6) && back < 0; q--) {
                for (int[] m : mentions(e, q)) {
                    back = p - q;
                    String para2 = paragraphs.get(q);
                    saysBack |= SAYS_AFTER.matcher(para2.substring(m[1])).lookingAt()
                            || SAYS_BEFORE.matcher(para2.substring(0, m[0])).find();
                }
            }
            f.add("back=" + (back < 0 ? "none" : back <= 2 ? String.valueOf(back) : "3+"));
            if (saysBack) {
                f.add("back=" + (back <= 2 ? String.valueOf(back) : "3+") + "&says");
            }
            if (p + 1 < paragraphs.size() && !mentions(e, p + 1).isEmpty() && para.substring(at[2]).isBlank()) {
                f.add("nextpara");
            }
            boolean pronounFrame = PRONOUN_FRAME.matcher(para.substring(Math.min(para.length(), at[2]))).find();
            if (pronounFrame) {
                f.add("pronounframe&kind=" + e.kind);
                if (lastPerson) {
                    f.add("pronounframe&lastperson");
                }
            }
            if (para.substring(0, at[1]).isBlank() && para.substring(Math.min(para.length(), at[2])).isBlank()) {
                f.add("barepara&back=" + (back < 0 ? "none" : back <= 2 ? String.valueOf(back) : "3+"));
            }
            if (saysSame && f.contains("rule")) {
                f.add("rule&before&says");
            }
        }
    }
}
