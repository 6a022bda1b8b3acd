package dev.newsgraph.sample;

import dev.newsgraph.ingest.ArticleIngester;
import dev.newsgraph.ingest.ArticleInput;
import dev.newsgraph.ingest.WireText;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the two seed feeds at start-up when newsgraph.sample-data is on: raw wire text, through the extractor and
 * the regular ingest path, exactly as ingestText would. Already stored articles are left unchanged.
 */
@ApplicationScoped
public class SampleData {
    /** Listed, not scanned: resources cannot be listed in a native image. */
    static final List<String> FEEDS = List.of("000_66e58680fba12932.txt", "001_2f4055bd3e4f31fc.txt");
    private static final Logger LOG = Logger.getLogger(SampleData.class);

    @Inject
    WireText wireText;
    @Inject
    ArticleIngester ingester;
    @ConfigProperty(name = "newsgraph.sample-data")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            for (String feed : FEEDS) {
                List<ArticleInput> articles = wireText.articles(read("sample/feeds/" + feed), feed);
                articles.forEach(ingester::ingest);
                LOG.infof("Sample data: %d articles of feed %s ingested", articles.size(), feed);
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
