package dev.newsgraph.extract;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenNLP English models (Universal Dependencies English Web Treebank, from the opennlp-models-*-en jars), loaded
 * once from the classpath on first use. The models are immutable and shared; OpenNLP's *ME classes keep per-call state,
 * so the sentence detector is wrapped in its ThreadSafe* form, which gives every thread its own instance over the
 * shared model, and the tagger is {@link PosTagger}, OpenNLP's beam search made cheaper.
 */
final class NlpModels {

    /** Resource names at the root of the model jars; they change with the models' version in pom.xml. */
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile NlpModels instance;

    final ThreadSafeSentenceDetectorME sentences;
    /** Universal POS tags (PROPN, NOUN, VERB, ...), as the model was trained. */
    final PosTagger tagger;

    static NlpModels get() {
        NlpModels m = instance;
        if (m == null) {
            synchronized (NlpModels.class) {
                if (instance == null) {
                    instance = new NlpModels();
                }
                m = instance;
            }
        }
        return m;
    }

    private NlpModels() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL)));
            tagger = PosTagger.of(new POSModel(open(POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource + " (an opennlp-models-*-en jar)");
        }
        return new BufferedInputStream(in);
    }
}
