package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.draft.ArticleInput;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trains {@link SpeakerModel} from the gold of one corpus split (dev; never heldout): the extractor runs over every
 * article with the model switched off, and each quote it asks about whose words a gold quote gives is labelled from the
 * gold speaker: the candidates that name it (by name or by an alias the extractor found) are the speaker, the others
 * not; "no speaker" is right when the gold names none. Before writing the model it prints a 5-fold cross-validation by
 * article (fold = file number mod 5) on the same folds: the rules' choice, the model's everywhere, and the model's only
 * where the rules find none (as {@link SpeakerModel} uses it); {@code --why} prints the quotes where they differ.
 * <pre>java -cp ... dev.newsgraph.extract.SpeakerTrainer dev src/main/resources/extract/speaker.maxent [--why]</pre>
 */
public final class SpeakerTrainer {

    static final int FOLDS = 5;
    /** GIS iterations: at 100 or 150 the model chose worse in the cross-validation, at 1000 as at 300. */
    static final int ITERATIONS = 300;

    private SpeakerTrainer() {
    }

    /** One quote of the split with its candidates, which of them the gold makes right, and the article's fold. */
    record Labelled(String file, int fold, SpeakerModel.Choice choice, boolean[] right, String gold) {
        boolean ruleRight() {
            return choice.rule() >= 0 && right[choice.rule()];
        }
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        File out = new File(args.length > 1 ? args[1] : "src/main/resources" + SpeakerModel.RESOURCE);
        boolean why = args.length > 2 && args[2].equals("--why");
        List<Labelled> quotes = labelled(split);
        long reachable = quotes.stream().filter(q -> anyRight(q.right())).count();
        System.out.println("quotes of split " + split + ": " + quotes.size() + ", the gold speaker among the candidates in "
                + reachable);
        int ruleTotal = 0;
        int modelTotal = 0;
        int fillTotal = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            MaxentModel model = train(quotes.stream().filter(q -> q.fold() != f).toList());
            int n = 0;
            int rule = 0;
            int mine = 0;
            int fill = 0;
            for (Labelled q : quotes) {
                if (q.fold() != f) {
                    continue;
                }
                n++;
                rule += q.ruleRight() ? 1 : 0;
                int best = SpeakerModel.best(model, q.choice().features(), q.choice().rule());
                int filled = q.choice().speakers().get(q.choice().rule()) != null ? q.choice().rule() : best;
                fill += q.right()[filled] ? 1 : 0;
                fillTotal += q.right()[filled] ? 1 : 0;
                mine += q.right()[best] ? 1 : 0;
                if (why && (q.ruleRight() != q.right()[best] || q.choice().speakers().get(q.choice().rule()) == null)) {
                    // WON/LOST against the rules, else where the rules found none: RIGHT, MISS (the speaker was a
                    // candidate), OUT (it was none of them)
                    String verdict = q.ruleRight() != q.right()[best] ? (q.ruleRight() ? "LOST " : "WON  ")
                            : q.right()[best] ? "RIGHT" : anyRight(q.right()) ? "MISS " : "OUT  ";
                    System.out.println("  " + verdict + " " + q.file() + " \"" + abbreviated(q.choice().quote()) + "\" gold "
                            + q.gold() + ", rules " + q.choice().speakers().get(q.choice().rule()) + ", model "
                            + q.choice().speakers().get(best) + " among " + q.choice().speakers());
                    System.out.println("        model's: " + String.join(" ", q.choice().features().get(best)));
                }
            }
            ruleTotal += rule;
            modelTotal += mine;
            System.out.printf("fold %d: %3d quotes, rules right %3d, model right %3d, model where the rules find none %3d%n", f, n, rule, mine, fill);
        }
        System.out.printf("5-fold CV by article: rules %d/%d (%.3f), model %d/%d (%.3f), model where the rules find none %d/%d (%.3f)%n",
                ruleTotal, quotes.size(), (double) ruleTotal / quotes.size(), modelTotal, quotes.size(),
                (double) modelTotal / quotes.size(), fillTotal, quotes.size(), (double) fillTotal / quotes.size());
        AbstractModel model = train(quotes);
        out.getParentFile().mkdirs();
        new GenericModelWriter(model, out).persist();
        System.out.println("wrote " + out + " (" + out.length() + " bytes)");
    }

    private static String abbreviated(String s) {
        return s.length() > 50 ? s.substring(0, 50) : s;
    }

    private static boolean anyRight(boolean[] right) {
        for (boolean r : right) {
            if (r) {
                return true;
            }
        }
        return false;
    }

    static AbstractModel train(List<Labelled> quotes) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events(quotes)));
    }

    static List<Event> events(List<Labelled> quotes) {
        List<Event> events = new ArrayList<>();
        for (Labelled q : quotes) {
            for (int i = 0; i < q.right().length; i++) {
                events.add(new Event(q.right()[i] ? SpeakerModel.YES : "N", q.choice().features().get(i)));
            }
        }
        return events;
    }

    /** The labelled quotes of a split. */
    static List<Labelled> labelled(String split) throws IOException {
        String dir = "/extract/corpus/" + split + "/";
        JsonNode gold = new ObjectMapper().readTree(Seeds.read(dir + "gold.json"));
        ArticleExtractor extractor = new ArticleExtractor();
        List<Labelled> out = new ArrayList<>();
        List<SpeakerModel.Choice> seen = new ArrayList<>();
        SpeakerModel.recorder = seen::add;
        try {
            for (JsonNode want : gold.get("articles")) {
                if (want.path("quotes").isEmpty()) {
                    continue;
                }
                String file = want.get("file").asText();
                String headline = want.path("headline").isNull() ? null : want.path("headline").asText(null);
                seen.clear();
                ArticleInput got = extractor.extractArticle(ExtractionEvaluation.asPublished(Seeds.read(dir + file), headline), file);
                int fold = Integer.parseInt(file.substring(0, 3)) % FOLDS;
                Set<String> matched = new HashSet<>();
                for (SpeakerModel.Choice c : seen) {
                    String text = ExtractionEvaluation.norm(c.quote());
                    for (JsonNode q : want.get("quotes")) {
                        String fragment = ExtractionEvaluation.norm(q.get("text").asText());
                        if (!text.contains(fragment) || !matched.add(fragment)) {
                            continue;
                        }
                        Set<String> speakers = new HashSet<>();
                        if (!q.get("speaker").isNull()) {
                            for (String a : q.get("speaker").asText().split("\\|")) {
                                speakers.add(ExtractionEvaluation.norm(a));
                            }
                        }
                        boolean[] right = new boolean[c.speakers().size()];
                        for (int i = 0; i < right.length; i++) {
                            String s = c.speakers().get(i);
                            right[i] = s == null ? speakers.isEmpty() : names(s, got).stream().anyMatch(speakers::contains);
                        }
                        out.add(new Labelled(file, fold, c, right, q.get("speaker").asText()));
                        break;
                    }
                }
            }
        } finally {
            SpeakerModel.recorder = null;
        }
        return out;
    }

    /** A speaker's name and every alias the extracted article gives it, as the evaluation compares them. */
    private static Set<String> names(String speaker, ArticleInput got) {
        Set<String> out = new LinkedHashSet<>();
        String s = ExtractionEvaluation.norm(speaker);
        out.add(s);
        Stream<List<String>> entities = Stream.concat(
                got.people().stream().map(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream()).toList()),
                got.organizations().stream().map(o -> Stream.concat(Stream.of(o.name()), o.aliases().stream()).toList()));
        entities.forEach(forms -> {
            Set<String> n = new LinkedHashSet<>();
            forms.forEach(f -> n.add(ExtractionEvaluation.norm(f)));
            if (n.contains(s)) {
                out.addAll(n);
            }
        });
        return out;
    }
}
