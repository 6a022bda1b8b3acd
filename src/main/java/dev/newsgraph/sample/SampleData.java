package dev.newsgraph.sample;

import dev.newsgraph.ingest.ArticleIngester;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.ingest.WireText;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the two seed feeds at start-up when newsgraph.sample-data is on: raw wire text, through the extractor and
 * the regular ingest path, exactly as ingestText would. Already stored articles are left unchanged, and a feed whose
 * articles are all stored already is not read again: a restart does not wait for the extractor's models.
 */
@ApplicationScoped
public class SampleData {
    /** A seed feed and the number of articles the extractor finds in it. */
    record SampleFeed(String file, int articles) {
    }

    /** Listed, not scanned: resources cannot be listed in a native image. */
    static final List<SampleFeed> FEEDS = List.of(new SampleFeed("000_66e58680fba12932.txt", 2),
            new SampleFeed("001_2f4055bd3e4f31fc.txt", 2));
    private static final Logger LOG = Logger.getLogger(SampleData.class);

    @Inject
    WireText wireText;
    @Inject
    ArticleIngester ingester;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "newsgraph.sample-data")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Ingests the feeds not stored whole yet; returns their names. */
    List<String> load() {
        List<String> loaded = new ArrayList<>();
        for (SampleFeed feed : FEEDS) {
            if (storedArticles(feed.file()) >= feed.articles()) {
                continue;
            }
            List<ArticleInput> articles = wireText.articles(read("sample/feeds/" + feed.file()), feed.file());
            articles.forEach(ingester::ingest);
            loaded.add(feed.file());
            LOG.infof("Sample data: %d articles of feed %s ingested", articles.size(), feed.file());
        }
        return loaded;
    }

    @Transactional
    long storedArticles(String feed) {
        return ((Number) em.createNativeQuery("select count(*) from article_feed l join feed f on f.id = l.feed_id where f.name = :feed")
                .setParameter("feed", feed).getSingleResult()).longValue();
    }

    static String read(String resource) {
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
