package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Trains {@link NameModel} from the gold of one corpus split (dev; never heldout): the extractor reads every article
 * with the model switched off, and the gold names are projected onto its sentences ({@link NameProjection}). OpenNLP's
 * maxent trainer with a fixed number of iterations and cutoff on one thread, so the same gold gives the same bytes.
 * <pre>java -cp ... dev.newsgraph.extract.NameFinderTrainer dev src/main/resources/extract/names.maxent</pre>
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
        String split = args.length > 0 ? args[0] : "dev";
        File out = new File(args.length > 1 ? args[1] : "src/main/resources" + NameModel.RESOURCE);
        List<NameSample> samples = new ArrayList<>();
        articles(split).forEach(a -> samples.addAll(a.samples()));
        System.out.println("training sentences of split " + split + ": " + samples.size());
        out.getParentFile().mkdirs();
        new GenericModelWriter((AbstractModel) train(samples).getArtifact("nameFinder.model"), out).persist();
        System.out.println("wrote " + out);
    }

    /** Every gold article of a split as the extractor reads it with the rules alone. */
    static List<Article> articles(String split) throws IOException {
        String dir = "/extract/corpus/" + split + "/";
        JsonNode gold = new ObjectMapper().readTree(Seeds.read(dir + "gold.json"));
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> out = new ArrayList<>();
        List<ArticleContext> read = new ArrayList<>();
        NameModel.recorder = read::add;
        try {
            for (JsonNode want : gold.get("articles")) {
                read.clear();
                ArticleInput got = ExtractionEvaluation.corpusArticle(extractor, dir, want, new ExtractionEvaluation.Share());
                ArticleContext ctx = null;
                for (ArticleContext c : read) {
                    ctx = c.raw.headline().startsWith(got.headline()) ? c : ctx;
                }
                out.add(new Article(want.get("file").asText(), want, NameModel.read(ctx), got));
            }
        } finally {
            NameModel.recorder = null;
        }
        return out;
    }

    static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("names.algorithm", "MAXENT"));
        params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("names.iterations", 100));
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("names.cutoff", 3));
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory());
    }
}
