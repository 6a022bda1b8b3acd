package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains {@link IncidentSentenceModel} from the gold of one corpus split (dev; never heldout): the extractor runs over
 * every article with the model switched off, and each sentence it would ask the model about is labelled from the gold
 * by its killed and injured counts: SAME when they are figures of the article's first (main) gold incident, NEW when
 * they are the first figures met of another gold incident, AGAIN for that incident's later ones, NONE when they are
 * figures of no incident (sub-counts, totals, background).
 * <pre>java -cp ... dev.newsgraph.extract.IncidentSentenceTrainer dev src/main/resources/extract/incident-sentence.maxent</pre>
 */
public final class IncidentSentenceTrainer {

    private IncidentSentenceTrainer() {
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        File out = new File(args.length > 1 ? args[1] : "src/main/resources" + IncidentSentenceModel.RESOURCE);
        List<Event> events = events(split);
        Map<String, Integer> byLabel = new TreeMap<>();
        events.forEach(e -> byLabel.merge(e.getOutcome(), 1, Integer::sum));
        System.out.println("training sentences of split " + split + ": " + events.size() + " " + byLabel);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        AbstractModel model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        out.getParentFile().mkdirs();
        new GenericModelWriter(model, out).persist();
        int confident = 0;
        int right = 0;
        for (Event e : events) {
            double[] p = model.eval(e.getContext());
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                best = p[i] > p[best] ? i : best;
            }
            if (p[best] >= IncidentSentenceModel.CONFIDENCE) {
                confident++;
                right += model.getOutcome(best).equals(e.getOutcome()) ? 1 : 0;
            }
        }
        System.out.println("on its own training sentences: confident on " + confident + ", right on " + right);
        System.out.println("wrote " + out);
    }

    /** The labelled sentences of a split. */
    static List<Event> events(String split) throws IOException {
        String dir = "/extract/corpus/" + split + "/";
        ArticleExtractor extractor = new ArticleExtractor();
        List<Event> events = new ArrayList<>();
        List<IncidentSentenceModel.Candidate> seen = new ArrayList<>();
        IncidentSentenceModel.recorder = seen::add;
        try {
            for (JsonNode want : ExtractionEvaluation.goldArticles(split)) {
                JsonNode incidents = want.path("incidents");
                if (incidents.isEmpty()) {
                    continue; // an article without incidents says nothing of whose figures a sentence gives
                }
                String file = want.get("file").asText();
                String headline = want.path("headline").isNull() ? null : want.path("headline").asText(null);
                seen.clear();
                boolean[] met = new boolean[incidents.size()];
                extractor.extractArticle(ExtractionEvaluation.asPublished(Seeds.read(dir + file), headline), file);
                for (IncidentSentenceModel.Candidate c : seen) {
                    events.add(new Event(label(c.values(), incidents, met), c.features()));
                }
            }
        } finally {
            IncidentSentenceModel.recorder = null;
        }
        return events;
    }

    private static String label(List<Integer> values, JsonNode incidents, boolean[] met) {
        for (int i = 0; i < incidents.size(); i++) {
            if (gives(incidents.get(i), values)) {
                if (i == 0) {
                    return IncidentSentenceModel.Verdict.SAME.name();
                }
                boolean first = !met[i];
                met[i] = true;
                return (first ? IncidentSentenceModel.Verdict.NEW : IncidentSentenceModel.Verdict.AGAIN).name();
            }
        }
        return IncidentSentenceModel.Verdict.NONE.name();
    }

    private static boolean gives(JsonNode incident, List<Integer> values) {
        for (String kind : List.of("killed", "injured")) {
            for (JsonNode v : incident.path(kind)) {
                if (values.contains(v.asInt())) {
                    return true;
                }
            }
        }
        return false;
    }
}
