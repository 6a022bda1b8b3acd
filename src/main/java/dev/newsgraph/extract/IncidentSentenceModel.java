package dev.newsgraph.extract;

import opennlp.tools.ml.model.MaxentModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * Whose casualty figures a later sentence gives: the story's main incident ({@link Verdict#SAME}), another incident it
 * goes on to tell of ({@link Verdict#NEW}, then {@link Verdict#AGAIN}), or none (background, a sub-count, a total of several incidents:
 * {@link Verdict#NONE}). A maximum-entropy model (OpenNLP GIS) over the sentence's features (its opening words,
 * discourse markers, whether it names a place of its own and how that place relates to the main incident's, its
 * incident word against the main one's, the kinds of figure it gives), trained from the gold of the corpus's dev split
 * by {@code IncidentSentenceTrainer} (test sources) and shipped as a resource. The rules decide when the model is not
 * confident; a family of phrasings the rules never listed is decided by the features they share with annotated copy.
 */
final class IncidentSentenceModel {

    /** The trained model; {@code IncidentSentenceTrainer} writes it. */
    static final String RESOURCE = "/extract/incident-sentence.maxent";

    /** Below this probability the rules decide. */
    static final double CONFIDENCE = 0.7;

    /** The main incident's figures; another incident's first; figures of another incident told of already; none. */
    enum Verdict { SAME, NEW, AGAIN, NONE }

    /** One sentence the model is asked about, with the killed and injured counts it gives (for labelling from gold). */
    record Candidate(String text, List<Integer> values, String[] features) {
    }

    /** Set only while training: every candidate sentence is handed over and the rules alone decide. */
    static volatile Consumer<Candidate> recorder;

    private static final MaxentModel MODEL = TrainedModels.load(RESOURCE);

    private IncidentSentenceModel() {
    }

    /** The model's verdict when it is confident, else null; null always while recording. */
    static Verdict decide(String text, List<Integer> values, String[] features) {
        Consumer<Candidate> r = recorder;
        if (r != null) {
            r.accept(new Candidate(text, values, features));
            return null;
        }
        if (MODEL == null) {
            return null;
        }
        double[] p = MODEL.eval(features);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return p[best] >= CONFIDENCE ? Verdict.valueOf(MODEL.getOutcome(best)) : null;
    }
}
