package dev.newsgraph.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether {@link NameModel} helps the rules, judged by 5-fold cross-validation by article over dev (fold = file number
 * mod 5): for each fold a model trained on the other four reads the held fold, and each way of combining it with the
 * rules is scored against the rules alone with {@link ExtractionEvaluation}'s scoring. A way's threshold is chosen
 * inside the training folds only (nested: each of the four is read by a model trained on the other three). Also prints
 * how well the model alone finds the projected gold names of the held folds ({@code --model-only}: that alone).
 * <pre>java -cp ... dev.newsgraph.extract.NameFinderCrossValidation [--model-only]</pre>
 */
public final class NameFinderCrossValidation {

    private static final int FOLDS = 5;

    /** The rules' draft changed by the model's reading of the article, at a threshold. */
    interface Combination {
        ArticleInput apply(NameFinderTrainer.Article a, List<NameModel.Found> found, double threshold);
    }

    /** A way of combining, with the thresholds tried; the first leaves the rules alone. */
    record Way(String name, double[] grid, Combination how) {
    }

    /** The perceptron's probabilities are low (a name's mean token probability is rarely above 0.4). */
    private static final double[] VETO = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
    private static final double[] CONFIDENT = {2, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1, 0};

    private NameFinderCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        List<NameFinderTrainer.Article> articles = NameFinderTrainer.articles("dev");
        boolean modelOnly = args.length > 0 && args[0].equals("--model-only");
        TokenNameFinderModel[] outer = new TokenNameFinderModel[FOLDS];
        TokenNameFinderModel[][] inner = new TokenNameFinderModel[FOLDS][FOLDS];
        for (int k = 0; k < FOLDS; k++) {
            outer[k] = train(articles, k, k);
            for (int j = 0; j < k && !modelOnly; j++) {
                inner[j][k] = train(articles, j, k);
                inner[k][j] = inner[j][k];
            }
        }
        // what each model reads in the articles it was not trained on
        Map<String, List<NameModel.Found>> held = new HashMap<>();
        Map<String, List<NameModel.Found>> nested = new HashMap<>(); // file + "@" + outer fold
        for (NameFinderTrainer.Article a : articles) {
            held.put(a.file(), NameModel.find(outer[a.fold()], a.reading()));
            for (int k = 0; k < FOLDS && !modelOnly; k++) {
                if (k != a.fold()) {
                    nested.put(a.file() + "@" + k, NameModel.find(inner[a.fold()][k], a.reading()));
                }
            }
        }
        modelAlone(articles, held);
        double[] probabilities = held.values().stream().flatMap(List::stream).mapToDouble(NameModel.Found::probability).sorted().toArray();
        System.out.printf(Locale.ROOT, "probabilities of the model's names: quartiles %.3f %.3f %.3f, 90th centile %.3f, max %.3f%n",
                probabilities[probabilities.length / 4], probabilities[probabilities.length / 2],
                probabilities[probabilities.length * 3 / 4], probabilities[probabilities.length * 9 / 10],
                probabilities[probabilities.length - 1]);
        if (modelOnly) {
            return;
        }
        List<Way> ways = List.of(
                new Way("veto person", VETO, (a, f, t) -> veto(a, f, t, NameModel.PERSON)),
                new Way("veto organization", VETO, (a, f, t) -> veto(a, f, t, NameModel.ORGANIZATION)),
                new Way("recall organization", CONFIDENT, (a, f, t) -> recall(a, f, t, NameModel.ORGANIZATION)),
                new Way("recall person", CONFIDENT, (a, f, t) -> recall(a, f, t, NameModel.PERSON)),
                new Way("type chooser", CONFIDENT, NameFinderCrossValidation::choose));
        System.out.println("fold  way                   threshold  people F1 (rules -> way)  organizations F1 (rules -> way)");
        for (Way w : ways) {
            ExtractionEvaluation.Scores allRules = new ExtractionEvaluation.Scores();
            ExtractionEvaluation.Scores allWay = new ExtractionEvaluation.Scores();
            for (int k = 0; k < FOLDS; k++) {
                double t = choose(w, articles, nested, k);
                ExtractionEvaluation.Scores rules = new ExtractionEvaluation.Scores();
                ExtractionEvaluation.Scores way = new ExtractionEvaluation.Scores();
                for (NameFinderTrainer.Article a : articles) {
                    if (a.fold() == k) {
                        for (ExtractionEvaluation.Scores s : List.of(rules, allRules)) {
                            ExtractionEvaluation.scoreEntities(a.gold(), a.rules(), s, "");
                        }
                        ArticleInput changed = w.how().apply(a, held.get(a.file()), t);
                        for (ExtractionEvaluation.Scores s : List.of(way, allWay)) {
                            ExtractionEvaluation.scoreEntities(a.gold(), changed, s, "");
                        }
                    }
                }
                System.out.println(row(Integer.toString(k), w.name(), t, rules, way));
            }
            System.out.println(row("all", w.name(), Double.NaN, allRules, allWay));
        }
        System.out.println("what each threshold would give on the held folds (to read the model, never to choose by):");
        for (Way w : ways) {
            for (double t : w.grid()) {
                ExtractionEvaluation.Scores rules = new ExtractionEvaluation.Scores();
                ExtractionEvaluation.Scores way = new ExtractionEvaluation.Scores();
                for (NameFinderTrainer.Article a : articles) {
                    ExtractionEvaluation.scoreEntities(a.gold(), a.rules(), rules, "");
                    ExtractionEvaluation.scoreEntities(a.gold(), w.how().apply(a, held.get(a.file()), t), way, "");
                }
                System.out.println(row("held", w.name(), t, rules, way));
            }
        }
    }

    private static String row(String fold, String way, double t, ExtractionEvaluation.Scores rules, ExtractionEvaluation.Scores way2) {
        return String.format(Locale.ROOT, "%-5s %-21s %9s  %.3f -> %.3f (%+d tp %+d fp)     %.3f -> %.3f (%+d tp %+d fp)", fold, way,
                Double.isNaN(t) ? "" : String.format(Locale.ROOT, "%.2f", t),
                rules.people.f1(), way2.people.f1(), way2.people.truePositives - rules.people.truePositives,
                way2.people.falsePositives - rules.people.falsePositives,
                rules.organizations.f1(), way2.organizations.f1(),
                way2.organizations.truePositives - rules.organizations.truePositives,
                way2.organizations.falsePositives - rules.organizations.falsePositives);
    }

    /** The threshold that does best on the training folds of fold k, each read by a model that was not trained on it. */
    private static double choose(Way w, List<NameFinderTrainer.Article> articles, Map<String, List<NameModel.Found>> nested, int k) {
        double best = w.grid()[0];
        double bestScore = -1;
        for (double t : w.grid()) {
            ExtractionEvaluation.Scores s = new ExtractionEvaluation.Scores();
            for (NameFinderTrainer.Article a : articles) {
                if (a.fold() != k) {
                    ExtractionEvaluation.scoreEntities(a.gold(), w.how().apply(a, nested.get(a.file() + "@" + k), t), s, "");
                }
            }
            double score = s.people.f1() + s.organizations.f1();
            if (score > bestScore + 1e-9) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    private static TokenNameFinderModel train(List<NameFinderTrainer.Article> articles, int leftOut, int alsoLeftOut) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        articles.stream().filter(a -> a.fold() != leftOut && a.fold() != alsoLeftOut).forEach(a -> samples.addAll(a.samples()));
        long cpu = System.nanoTime();
        TokenNameFinderModel m = NameFinderTrainer.train(samples);
        System.err.printf(Locale.ROOT, "trained without folds %d,%d on %d sentences in %.0f s%n", leftOut, alsoLeftOut,
                samples.size(), (System.nanoTime() - cpu) / 1e9);
        return m;
    }

    /** The model's own names against the projected gold, by type: exact spans. */
    private static void modelAlone(List<NameFinderTrainer.Article> articles, Map<String, List<NameModel.Found>> held) {
        Map<String, int[]> counts = new HashMap<>(); // type -> tp, fp, fn
        for (NameFinderTrainer.Article a : articles) {
            Set<String> gold = new HashSet<>();
            List<NameSample> samples = a.samples();
            for (int s = 0; s < samples.size(); s++) {
                for (Span sp : samples.get(s).getNames()) {
                    gold.add(s + ":" + sp.getStart() + ":" + sp.getEnd() + ":" + sp.getType());
                }
            }
            Set<String> got = new HashSet<>();
            held.get(a.file()).forEach(f -> got.add(f.sentence() + ":" + f.from() + ":" + f.to() + ":" + f.type()));
            for (String g : gold) {
                counts.computeIfAbsent(g.substring(g.lastIndexOf(':') + 1), x -> new int[3])[got.contains(g) ? 0 : 2]++;
            }
            for (String g : got) {
                if (!gold.contains(g)) {
                    counts.computeIfAbsent(g.substring(g.lastIndexOf(':') + 1), x -> new int[3])[1]++;
                }
            }
        }
        counts.forEach((type, c) -> System.out.printf(Locale.ROOT, "model alone, %-12s mentions: P %.3f R %.3f (tp %d fp %d fn %d)%n",
                type, c[0] / (double) (c[0] + c[1]), c[0] / (double) (c[0] + c[2]), c[0], c[1], c[2]));
    }

    /** The rules' people or organizations less those whose mentions the model does not read as that type. */
    static ArticleInput veto(NameFinderTrainer.Article a, List<NameModel.Found> found, double t, String type) {
        List<String[]> keys = a.reading().keys();
        ArticleInput r = a.rules();
        List<PersonInput> people = r.people().stream().filter(p -> !type.equals(NameModel.PERSON)
                || keep(NameModel.support(found, keys, p.name(), p.aliases()), type, t)).toList();
        List<OrganizationInput> orgs = r.organizations().stream().filter(o -> !type.equals(NameModel.ORGANIZATION)
                || keep(NameModel.support(found, keys, o.name(), o.aliases()), type, t)).toList();
        return with(r, people, orgs);
    }

    private static boolean keep(Map<String, Double> support, String type, double t) {
        return support == null || support.get(type) >= t;
    }

    /** The rules' people or organizations and the names of that type the model is confident of and the rules missed. */
    static ArticleInput recall(NameFinderTrainer.Article a, List<NameModel.Found> found, double t, String type) {
        ArticleInput r = a.rules();
        List<String[]> keys = a.reading().keys();
        List<NameMentions.Mention> known = new ArrayList<>();
        Set<String> names = new HashSet<>();
        r.people().forEach(p -> mentions(keys, p.name(), p.aliases(), known, names));
        r.organizations().forEach(o -> mentions(keys, o.name(), o.aliases(), known, names));
        r.places().forEach(p -> mentions(keys, p.name(), p.aliases(), known, names));
        List<PersonInput> people = new ArrayList<>(r.people());
        List<OrganizationInput> orgs = new ArrayList<>(r.organizations());
        for (NameModel.Found f : found) {
            if (!f.type().equals(type) || f.probability() < t
                    || known.stream().anyMatch(m -> m.overlaps(f.sentence(), f.from(), f.to()))) {
                continue;
            }
            String[] tokens = a.reading().tokens().get(f.sentence());
            List<String> words = new ArrayList<>(List.of(tokens).subList(f.from(), f.to()));
            words.set(words.size() - 1, Text.stripPossessive(words.get(words.size() - 1)));
            String name = String.join(" ", words);
            if (!names.add(ExtractionEvaluation.norm(name))) {
                continue;
            }
            if (type.equals(NameModel.PERSON)) {
                people.add(new PersonInput(name, List.of(), List.of()));
            } else {
                orgs.add(new OrganizationInput(name, List.of(), null, null));
            }
        }
        return with(r, people, orgs);
    }

    private static void mentions(List<String[]> keys, String name, List<String> aliases, List<NameMentions.Mention> into, Set<String> names) {
        into.addAll(NameMentions.find(keys, NameMentions.nameKeys(name)));
        names.add(ExtractionEvaluation.norm(name));
        for (String alias : aliases) {
            into.addAll(NameMentions.find(keys, NameMentions.nameKeys(alias)));
            names.add(ExtractionEvaluation.norm(alias));
        }
    }

    /** A person the model confidently reads as an organization becomes one, and the other way round. */
    static ArticleInput choose(NameFinderTrainer.Article a, List<NameModel.Found> found, double t) {
        ArticleInput r = a.rules();
        List<String[]> keys = a.reading().keys();
        List<PersonInput> people = new ArrayList<>();
        List<OrganizationInput> orgs = new ArrayList<>();
        for (PersonInput p : r.people()) {
            Map<String, Double> s = NameModel.support(found, keys, p.name(), p.aliases());
            if (s != null && s.get(NameModel.ORGANIZATION) >= t && s.get(NameModel.PERSON) < s.get(NameModel.ORGANIZATION)) {
                orgs.add(new OrganizationInput(p.name(), p.aliases(), null, null));
            } else {
                people.add(p);
            }
        }
        for (OrganizationInput o : r.organizations()) {
            Map<String, Double> s = NameModel.support(found, keys, o.name(), o.aliases());
            if (s != null && s.get(NameModel.PERSON) >= t && s.get(NameModel.ORGANIZATION) < s.get(NameModel.PERSON)) {
                people.add(new PersonInput(o.name(), o.aliases(), List.of()));
            } else {
                orgs.add(o);
            }
        }
        return with(r, people, orgs);
    }

    private static ArticleInput with(ArticleInput a, List<PersonInput> people, List<OrganizationInput> orgs) {
        return new ArticleInput(a.headline(), a.paragraphs(), a.publishedOn(), a.dateBasis(), a.dateEvidence(),
                a.notBefore(), a.dateline(), a.source(), a.feed(), a.photos(), people, orgs, a.places(),
                a.statements(), a.incidents(), a.events(), a.headlineBasis(), a.author(), a.externalId(), a.version(),
                a.url());
    }
}
