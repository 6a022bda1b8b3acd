package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.PlaceInput;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trains {@link PlaceVerdictModel} from the gold of one corpus split (dev; never heldout) and cross-validates it. The
 * extractor runs over every article with every place candidate dropped, so the places that fields of the article keep
 * anyway show; each other candidate is labelled KEEP when its name and country are a gold place of the article, else
 * DROP. Five folds by article (file number mod 5): trained on four, each fold's places are scored with the rules'
 * verdicts and with the model's, on the same articles.
 * <pre>java -cp ... dev.newsgraph.extract.PlaceVerdictTrainer dev src/main/resources/extract/place-verdict.maxent</pre>
 */
public final class PlaceVerdictTrainer {

    private PlaceVerdictTrainer() {
    }

    /** A candidate the verdict decides, with its label. */
    record Labelled(Set<String> names, String[] features, boolean ruleKeeps, boolean gold) {
    }

    /** One article: its gold places, the places kept whatever the verdict, and the candidates the verdict decides. */
    record Article(int fold, List<Set<String>> gold, List<Set<String>> fixed, List<Labelled> candidates) {
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        File out = new File(args.length > 1 ? args[1] : "src/main/resources" + PlaceVerdictModel.RESOURCE);
        List<Article> articles = articles(split);
        long n = articles.stream().mapToLong(a -> a.candidates().size()).sum();
        long keep = articles.stream().flatMap(a -> a.candidates().stream()).filter(Labelled::gold).count();
        System.out.println("candidates of split " + split + ": " + n + " (gold KEEP " + keep + ")");
        long overruled = articles.stream().flatMap(a -> a.candidates().stream()).filter(c -> c.gold() != c.ruleKeeps()).count();
        System.out.println("candidates the rules decide wrongly: " + overruled);
        if (System.getProperty("show") != null) {
            articles.stream().flatMap(a -> a.candidates().stream()).filter(c -> c.gold() != c.ruleKeeps())
                    .forEach(c -> System.out.println("  " + c.names() + " gold " + c.gold() + " " + String.join(" ", c.features())));
        }
        MaxentModel[] models = new MaxentModel[5];
        for (int fold = 0; fold < 5; fold++) {
            int f = fold;
            models[fold] = train(articles.stream().filter(a -> a.fold() != f).toList());
        }
        for (double confidence : new double[] {0.5, 0.6, 0.7, PlaceVerdictModel.CONFIDENCE, 0.9}) {
            double ruleSum = 0;
            double modelSum = 0;
            for (int fold = 0; fold < 5; fold++) {
                int f = fold;
                List<Article> test = articles.stream().filter(a -> a.fold() == f).toList();
                double[] rule = score(test, null, confidence);
                double[] learnt = score(test, models[fold], confidence);
                ruleSum += rule[3];
                modelSum += learnt[3];
                if (confidence == PlaceVerdictModel.CONFIDENCE) {
                    System.out.printf("fold %d (%d articles): rules %s   model %s%n", fold, test.size(), show(rule), show(learnt));
                }
            }
            System.out.printf("5-fold CV places (+country) F1 at confidence %.2f: rules %.4f, model %.4f%n", confidence,
                    ruleSum / 5, modelSum / 5);
        }
        System.out.println("all of " + split + ": rules " + show(score(articles, null, 1)));
        AbstractModel model = train(articles);
        out.getParentFile().mkdirs();
        new GenericModelWriter(model, out).persist();
        System.out.println("wrote " + out + " (" + out.length() + " bytes)");
    }

    static AbstractModel train(List<Article> articles) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Article a : articles) {
            for (Labelled c : a.candidates()) {
                events.add(new Event(c.gold() ? PlaceVerdictModel.KEEP : PlaceVerdictModel.DROP, c.features()));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** Precision, recall, F1 and the counts of places with the rules' verdicts (model null) or the model's. */
    static double[] score(List<Article> articles, MaxentModel model, double confidence) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Article a : articles) {
            List<Set<String>> got = new ArrayList<>(a.fixed());
            for (Labelled c : a.candidates()) {
                if (keeps(c, model, confidence)) {
                    got.add(c.names());
                }
            }
            boolean[] used = new boolean[got.size()];
            for (Set<String> want : a.gold()) {
                int hit = -1;
                for (int i = 0; i < got.size() && hit < 0; i++) {
                    if (!used[i] && got.get(i).stream().anyMatch(want::contains)) {
                        hit = i;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    tp++;
                } else {
                    fn++;
                }
            }
            for (boolean u : used) {
                fp += u ? 0 : 1;
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return new double[] {p, r, tp, p + r == 0 ? 0 : 2 * p * r / (p + r), fp, fn};
    }

    static boolean keeps(Labelled c, MaxentModel model, double confidence) {
        if (model == null) {
            return c.ruleKeeps();
        }
        double keep = model.eval(c.features())[model.getIndex(PlaceVerdictModel.KEEP)];
        return keep >= confidence || keep > 1 - confidence && c.ruleKeeps();
    }

    private static String show(double[] s) {
        return String.format("P %.3f R %.3f F1 %.4f (tp %d, fp %d, fn %d)", s[0], s[1], s[3], (int) s[2], (int) s[4], (int) s[5]);
    }

    /** The articles of a split with their candidates, labelled from the gold. */
    static List<Article> articles(String split) throws IOException {
        String dir = "/extract/corpus/" + split + "/";
        JsonNode gold = new ObjectMapper().readTree(Seeds.read(dir + "gold.json"));
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> out = new ArrayList<>();
        List<PlaceVerdictModel.Candidate> seen = new ArrayList<>();
        PlaceVerdictModel.recorder = seen::add;
        try {
            for (JsonNode want : gold.get("articles")) {
                String file = want.get("file").asText();
                String headline = want.path("headline").isNull() ? null : want.path("headline").asText(null);
                seen.clear();
                String text = Seeds.read(dir + file);
                // the article as the evaluation takes it: the one the copy reader cuts out under the gold headline
                ArticleInput got = null;
                List<ArticleInput> drafts = extractor.extract(text, file);
                for (ArticleInput a : drafts) {
                    if (headline != null && ExtractionEvaluation.norm(a.headline()).equals(ExtractionEvaluation.norm(headline))) {
                        got = a;
                    }
                }
                if (headline == null && drafts.size() == 1 && drafts.get(0).headlineBasis() == HeadlineBasis.FIRST_SENTENCE) {
                    got = drafts.get(0);
                }
                if (got == null) {
                    seen.clear();
                    got = extractor.extractArticle(ExtractionEvaluation.asPublished(text, headline), file);
                }
                String chosen = got.headline();
                List<Set<String>> goldPlaces = new ArrayList<>();
                for (JsonNode p : want.get("places")) {
                    Set<String> alts = new LinkedHashSet<>();
                    for (String name : p.get(0).asText().split("\\|")) {
                        alts.add(ExtractionEvaluation.norm(name) + "@" + (p.get(1).isNull() ? "-" : p.get(1).asText()));
                    }
                    goldPlaces.add(alts);
                }
                List<Set<String>> fixed = new ArrayList<>();
                for (PlaceInput p : got.places()) {
                    fixed.add(names(p.name(), p.aliases(), p.countryCode()));
                }
                List<Labelled> candidates = new ArrayList<>();
                for (PlaceVerdictModel.Candidate c : seen) {
                    if (!java.util.Objects.equals(c.headline(), chosen)) {
                        continue; // another article of the same copy
                    }
                    boolean present = c.places().values().stream().anyMatch(p -> p == c.place());
                    if (!present) {
                        continue; // taken out later (a place named like a person): no verdict keeps it
                    }
                    Set<String> names = names(c.place().entry.name(), List.copyOf(c.place().aliases), c.place().entry.countryCode());
                    if (fixed.stream().anyMatch(f -> f.contains(norm(c.place().entry.name()) + "@" + cc(c.place().entry.countryCode())))) {
                        continue; // a field of the article refers to it: kept whatever the verdict
                    }
                    boolean isGold = goldPlaces.stream().anyMatch(g -> names.stream().anyMatch(g::contains));
                    candidates.add(new Labelled(names, c.features(), c.ruleKeeps(), isGold));
                }
                out.add(new Article(Integer.parseInt(file.substring(0, 3)) % 5, goldPlaces, fixed, candidates));
            }
        } finally {
            PlaceVerdictModel.recorder = null;
        }
        return out;
    }

    private static Set<String> names(String name, List<String> aliases, String countryCode) {
        Set<String> out = new LinkedHashSet<>();
        out.add(norm(name) + "@" + cc(countryCode));
        aliases.forEach(a -> out.add(norm(a) + "@" + cc(countryCode)));
        return out;
    }

    private static String norm(String s) {
        return ExtractionEvaluation.norm(s);
    }

    private static String cc(String countryCode) {
        return countryCode == null ? "-" : countryCode;
    }
}
