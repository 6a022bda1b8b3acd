package dev.newsgraph.extract;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenNLP English models (Universal Dependencies English Web Treebank, from the opennlp-models-*-en jars), each
 * loaded once from the classpath on its first use: the copy reader needs the small sentence model at once, the tagger's
 * model (forty times its size) only once the extractors ask for a tag, so a first extract can read its copy while
 * another thread loads the tagger ({@link ArticleExtractor}). The models are immutable and shared; OpenNLP's *ME
 * classes keep per-call state, so the sentence detector is wrapped in its ThreadSafe* form, which gives every thread its
 * own instance over the shared model, and the tagger is {@link PosTagger}, OpenNLP's beam search made cheaper.
 */
final class NlpModels {

    /** Resource names at the root of the model jars; they change with the models' version in pom.xml. */
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private NlpModels() {
    }

    /** Each model in a holder of its own: loaded once, by the first thread that asks for it, without a lock of ours. */
    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
        static final ThreadSafeSentenceDetectorME DETECTOR = new ThreadSafeSentenceDetectorME(MODEL);
    }

    private static final class Tagger {
        static final POSModel MODEL = load(POS_MODEL, POSModel::new);
        static final PosTagger TAGGER = PosTagger.of(MODEL);
    }

    static ThreadSafeSentenceDetectorME sentences() {
        return Sentences.DETECTOR;
    }

    /** Universal POS tags (PROPN, NOUN, VERB, ...), as the model was trained. */
    static PosTagger tagger() {
        return Tagger.TAGGER;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource + " (an opennlp-models-*-en jar)");
        }
        try (InputStream buffered = new BufferedInputStream(in)) {
            return reader.read(buffered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
