package dev.newsgraph.extract;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's part-of-speech tagger ({@link POSTaggerME} over its {@link BeamSearch}), step for step, with the same
 * model, context generator and validator, so that it gives the same tags, at a third less cost: the sequences of the
 * beam at a token mostly have the same context (two in three on the copy: the features rarely reach back to the tags
 * that differ), so each distinct context of a token is evaluated once; and the beam's cut-off score is found in one
 * pass over the scores instead of by sorting a copy of them; a sequence is its last tag and a link to the sequence it
 * extends, not a copy of every tag and score before it (OpenNLP's {@code Sequence}, two lists copied for each candidate
 * at each token, was 5 % of what the extraction allocated). Safe for concurrent use: each thread has its own context
 * generator and buffers. {@code PosTaggerTest} holds it to OpenNLP's tags on every sentence of the copy.
 */
final class PosTagger {
    /** The model's file entry of the maxent model, as in {@link POSModel}. */
    private static final String MAXENT_ENTRY = "pos.model";
    /** BeamSearch's floor for a sequence's score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;
    private static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentModel model;
    private final int beamSize;
    private final ThreadLocal<Step> steps;

    /** A thread's context generator (it caches per sentence) and the contexts evaluated at the current token. */
    private static final class Step {
        final POSContextGenerator contexts;
        final SequenceValidator<String> validator;
        final String[][] evaluated;
        final double[][] scores;
        int count;

        Step(POSContextGenerator contexts, SequenceValidator<String> validator, int beamSize, int outcomes) {
            this.contexts = contexts;
            this.validator = validator;
            this.evaluated = new String[beamSize][];
            this.scores = new double[beamSize][outcomes];
        }

        /** The model's scores of a context, evaluated once per token (the model writes them into the buffer given). */
        double[] scores(MaxentModel model, String[] context) {
            for (int k = 0; k < count; k++) {
                if (Arrays.equals(evaluated[k], context)) {
                    return scores[k];
                }
            }
            evaluated[count] = context;
            return model.eval(context, scores[count++]);
        }
    }

    private PosTagger(POSModel posModel, MaxentModel model, int beamSize) {
        this.model = model;
        this.beamSize = beamSize;
        this.steps = ThreadLocal.withInitial(() -> new Step(posModel.getFactory().getPOSContextGenerator(beamSize),
                posModel.getFactory().getSequenceValidator(), beamSize, model.getNumOutcomes()));
    }

    /**
     * The tagger of a model whose tags are universal ones and whose sequence model is a maxent model under a beam
     * search, as the UD English models are (another model would need POSTaggerME's other paths).
     */
    static PosTagger of(POSModel posModel) {
        Object artifact = posModel.getArtifact(MAXENT_ENTRY);
        if (!(artifact instanceof MaxentModel maxent) || POSTagFormatMapper.guessFormat(posModel) != POSTagFormat.UD) {
            throw new IllegalStateException("not a maxent model with universal tags: use POSTaggerME for it");
        }
        String beam = posModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return new PosTagger(posModel, maxent, beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam));
    }

    /** Universal POS tags of the tokens. */
    String[] tag(String[] tokens) {
        Step step = steps.get();
        Queue<TagPath> prev = new PriorityQueue<>(beamSize);
        Queue<TagPath> next = new PriorityQueue<>(beamSize);
        prev.add(TagPath.EMPTY);
        for (int i = 0; i < tokens.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            step.count = 0;
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                TagPath top = prev.remove();
                String[] outcomes = top.tags();
                double[] scores = step.scores(model, step.contexts.getContext(i, tokens, outcomes, NO_CONTEXT));
                double min = kthLargest(scores, beamSize);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        advance(step, i, tokens, outcomes, top, p, scores[p], next);
                    }
                }
                if (next.isEmpty()) { // no sequence advanced: advance every valid one
                    for (int p = 0; p < scores.length; p++) {
                        advance(step, i, tokens, outcomes, top, p, scores[p], next);
                    }
                }
            }
            prev.clear();
            Queue<TagPath> swap = prev;
            prev = next;
            next = swap;
        }
        if (prev.isEmpty()) {
            throw new IllegalStateException("no tag sequence for " + List.of(tokens));
        }
        return prev.remove().tags();
    }

    private void advance(Step step, int i, String[] tokens, String[] outcomes, TagPath top, int p, double score,
                         Queue<TagPath> next) {
        String out = model.getOutcome(p);
        if (step.validator.validSequence(i, tokens, outcomes, out)) {
            TagPath ns = new TagPath(top, out, top.score + StrictMath.log(score));
            if (ns.score > MIN_SEQUENCE_SCORE) {
                next.add(ns);
            }
        }
    }

    /**
     * A sequence of tags under the beam, as OpenNLP's {@code Sequence} orders and scores it (the sum of the logs of its
     * tags' probabilities, the highest first), held as its last tag and the sequence before it.
     */
    private static final class TagPath implements Comparable<TagPath> {
        static final TagPath EMPTY = new TagPath(null, null, 0);

        final TagPath before;
        final String tag;
        final int length;
        final double score;

        TagPath(TagPath before, String tag, double score) {
            this.before = before;
            this.tag = tag;
            this.length = before == null ? 0 : before.length + 1;
            this.score = score;
        }

        String[] tags() {
            String[] out = new String[length];
            for (TagPath p = this; p.before != null; p = p.before) {
                out[p.length - 1] = p.tag;
            }
            return out;
        }

        @Override
        public int compareTo(TagPath o) {
            return Double.compare(o.score, score);
        }
    }

    /**
     * The k-th largest score, duplicates counted (the smallest when there are fewer than k): what the sorted copy
     * held at {@code max(0, length - k)}.
     */
    static double kthLargest(double[] scores, int k) {
        int n = Math.min(k, scores.length);
        double[] top = new double[n]; // descending
        int filled = 0;
        for (double s : scores) {
            int j; // where s goes in: the next free slot, or the last one when it beats the smallest kept
            if (filled < n) {
                j = filled++;
            } else if (s > top[n - 1]) {
                j = n - 1;
            } else {
                continue;
            }
            while (j > 0 && top[j - 1] < s) {
                top[j] = top[j - 1];
                j--;
            }
            top[j] = s;
        }
        return top[n - 1];
    }
}
