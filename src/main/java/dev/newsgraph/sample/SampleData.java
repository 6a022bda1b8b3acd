package dev.newsgraph.sample;

import dev.newsgraph.ingest.ArticleIngester;
import dev.newsgraph.ingest.ArticleInput;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Loads the seed articles at start-up, through the regular ingest path, when newsgraph.sample-data is on. */
@ApplicationScoped
public class SampleData {
    static final String RESOURCE = "sample/seed-articles.json";
    private static final Logger LOG = Logger.getLogger(SampleData.class);

    @Inject
    ArticleIngester ingester;
    @Inject
    Jsonb jsonb;
    @ConfigProperty(name = "newsgraph.sample-data")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            List<ArticleInput> articles = read();
            articles.forEach(ingester::ingest);
            LOG.infof("Sample data: %d seed articles ingested (already stored ones are left unchanged)", articles.size());
        }
    }

    public List<ArticleInput> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return jsonb.fromJson(in, new java.util.ArrayList<ArticleInput>() { }.getClass().getGenericSuperclass());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
