package dev.newsgraph.extract;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The maxent models trained from the corpus's dev gold and shipped as resources (their trainers are in test sources). */
final class TrainedModels {

    private TrainedModels() {
    }

    /** The model of a classpath resource, or null when it is not trained yet: the rules then decide alone. */
    static MaxentModel load(String resource) {
        InputStream in = TrainedModels.class.getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        try (InputStream stream = new BufferedInputStream(in)) {
            return new GenericModelReader(new BinaryFileDataReader(stream)).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
