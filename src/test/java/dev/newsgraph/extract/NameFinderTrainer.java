package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.draft.ArticleInput;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains {@link NameModel} from the gold of one corpus split (dev; never heldout): the extractor reads every article,
 * and the gold names are projected onto the sentences of its draft ({@link NameProjection}). OpenNLP's perceptron
 * with a fixed number of iterations and no cutoff on one thread, so the same gold gives the same bytes (the bare model,
 * without the zip of OpenNLP's model package, whose entries carry the time they were written).
 * <pre>java -cp ... dev.newsgraph.extract.NameFinderTrainer dev target/names.model</pre>
 */
public final class NameFinderTrainer {

    /** One article of a split: its gold, what the model reads of it and the rules' draft. */
    record Article(String file, JsonNode gold, NameModel.Reading reading, ArticleInput rules) {
        int fold() {
            return Integer.parseInt(file.substring(0, 3)) % 5;
        }

        List<NameSample> samples() {
            return NameProjection.samples(reading, gold);
        }
    }

    private NameFinderTrainer() {
    }

    public static void main(String[] args) throws IOException {
        String split = args[0];
        File out = new File(args[1]);
        List<NameSample> samples = new ArrayList<>();
        articles(split).forEach(a -> samples.addAll(a.samples()));
        System.out.println("training sentences of split " + split + ": " + samples.size());
        out.getParentFile().mkdirs();
        new GenericModelWriter((AbstractModel) train(samples).getArtifact("nameFinder.model"), out).persist();
        System.out.println("wrote " + out);
    }

    /** Every gold article of a split with the rules' draft and what the model reads of it. */
    static List<Article> articles(String split) throws IOException {
        String dir = "/extract/corpus/" + split + "/";
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> out = new ArrayList<>();
        for (JsonNode want : ExtractionEvaluation.goldArticles(split)) {
            ArticleInput got = ExtractionEvaluation.corpusArticle(extractor, dir, want, new ExtractionEvaluation.Share());
            out.add(new Article(want.get("file").asText(), want, NameModel.read(got), got));
        }
        return out;
    }

    /**
     * The perceptron: on dev's folds it finds more of the names than maxent at 100 iterations (person mentions: recall
     * 0.67 against 0.48), and maxent at 300 iterations with cutoff 1 takes five times as long to train.
     */
    static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, 300);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory());
    }
}
