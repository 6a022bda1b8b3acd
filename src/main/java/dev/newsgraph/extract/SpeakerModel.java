package dev.newsgraph.extract;

import opennlp.tools.ml.model.MaxentModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * Who said a quote the rules found no speaker for, chosen among the speakers they can see ({@link SpeakerCandidates}):
 * a maximum-entropy model (OpenNLP GIS) scores each candidate, "no speaker" among them, by the shape of the text around
 * its mentions (where it stands from the quote, how far, whether it is the subject of a verb of saying, its kind, which
 * rule chose it), never by its name; the best scored wins. Trained from the gold of the corpus's dev split by
 * {@code SpeakerTrainer} (test sources) and shipped as a resource. Where the rules name a speaker they decide: in a
 * 5-fold cross-validation by article (round 17, 210 quotes) the model choosing everywhere got fewer speakers right
 * than the rules (191 against 194), choosing only where they find none one more (195); on the 222 quotes of the grown
 * split (round 18) the rules got 199, the model 202 either way; after that round's rules for speakers, people and
 * organizations, 207 each: a tie, so the model is kept on the evidence of the rounds before and of unseen batches, and
 * is to go if the next batches do not show it choosing better than no speaker.
 */
final class SpeakerModel {

    /** The trained model; {@code SpeakerTrainer} writes it. */
    static final String RESOURCE = "/extract/speaker.maxent";

    /** The outcome of a candidate that is the speaker. */
    static final String YES = "Y";

    /**
     * One quote and its candidate speakers (a null speaker is "no speaker"), each with its features; {@code rule} is the
     * index of the rules' own choice.
     */
    record Choice(String quote, List<String> speakers, List<String[]> features, int rule) {
    }

    /** Set only while training: every choice is handed over and the rules alone decide. */
    static volatile Consumer<Choice> recorder;

    private SpeakerModel() {
    }

    /** Read on first use: an extractor that finds no quote never pays for it. */
    private static final class Loaded {
        static final MaxentModel MODEL = TrainedModels.load(RESOURCE);
    }

    /** Whether the model is asked about a quote the rules gave this speaker: only when they gave none, or to record. */
    static boolean asks(String rule) {
        return rule == null || recorder != null;
    }

    /** The candidate the model prefers, or the rules' choice while recording, without a model or when they found one. */
    static int choose(Choice c) {
        Consumer<Choice> r = recorder;
        if (r != null) {
            r.accept(c);
            return c.rule();
        }
        MaxentModel model = Loaded.MODEL;
        return model == null || c.speakers().get(c.rule()) != null ? c.rule() : best(model, c.features(), c.rule());
    }

    /** The index of the candidate with the highest probability of being the speaker; ties keep the rules' choice. */
    static int best(MaxentModel model, List<String[]> features, int rule) {
        int yes = model.getIndex(YES);
        int best = rule;
        double bestP = model.eval(features.get(rule))[yes];
        for (int i = 0; i < features.size(); i++) {
            double p = model.eval(features.get(i))[yes];
            if (p > bestP) {
                best = i;
                bestP = p;
            }
        }
        return best;
    }
}
