package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.formats.FeedFormats;
import dev.newsgraph.formats.InputFormat;
import dev.newsgraph.formats.Mojibake;
import dev.newsgraph.limits.TextLimits;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Raw wire text to ingest input, through the extractor, within the configured size. The classes OpenNLP creates
 * by name from its models' manifests are registered here for the native image.
 */
@ApplicationScoped
@RegisterForReflection(classNames = {
        "opennlp.tools.sentdetect.SentenceDetectorFactory",
        "opennlp.tools.postag.POSTaggerFactory",
        "opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
        "opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory",
        "opennlp.tools.util.jvm.CHMStringInterner"})
public class WireText {
    /** Copy the warm-up extracts: a dateline, a quote, a figure and a place, so that every extractor loads what it needs. */
    static final String WARM_UP_COPY = """
            Drone attack on Kharkiv injures two, mayor says

            KHARKIV, Ukraine (AP) — A Russian drone attack on Kharkiv injured two people overnight, Mayor Ihor Terekhov said.
            "Air defence was working over the city," Terekhov said on Telegram.""";

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final FeedFormats formats = new FeedFormats();

    @Inject
    TextLimits limits;
    @ConfigProperty(name = "newsgraph.extract.warm-up-delay", defaultValue = "1s")
    Duration warmUpDelay;

    /**
     * Loads the extractor's models, gazetteer (both tiers) and lexicons in the background, {@code warmUpDelay} after the
     * HTTP server listens: start-up does not wait for this work, and the delay keeps its second of CPU off the cores
     * while the readiness probe is answered (started with the socket, its threads had as much CPU by the native
     * executable's first UP as the start's main thread). An extract arriving sooner starts the loading itself.
     */
    void warmUp(@ObservesAsync HttpServerStart event) {
        Thread warmUp = new Thread(() -> {
            try {
                Thread.sleep(warmUpDelay.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            extractor.warmUp(WARM_UP_COPY);
        }, "newsgraph-extractor-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The articles of the text, in order; empty when it holds none. */
    public List<ArticleInput> articles(String text, String feed) {
        return articles(text, feed, null);
    }

    /** The articles of a text in the given format, or in the format its content shows when {@code format} is null. */
    public List<ArticleInput> articles(String text, String feed, InputFormat format) {
        limits.checkRaw("text", text);
        if (text.indexOf('\0') >= 0) {
            throw new BadUserInputException("The text contains NUL characters: send plain text, not a binary file");
        }
        Mojibake.check(text);
        InputFormat actual = format != null ? format : FeedFormats.detect(text);
        if (actual == InputFormat.TEXT) {
            return extractor.extract(text, feed);
        }
        return extractor.extractArticles(formats.articles(text, actual), feed);
    }
}
