package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How many drafts came with the headline (or the first-sentence basis), date, dateline, source and author their gold
 * states, and every miss: the scoring {@link CorpusCopyTest} and {@link CopyShapesTest} share.
 */
class StatedMetadataFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    final ExtractionEvaluation.Share headline = new ExtractionEvaluation.Share();
    final ExtractionEvaluation.Share date = new ExtractionEvaluation.Share();
    final ExtractionEvaluation.Share dateline = new ExtractionEvaluation.Share();
    final ExtractionEvaluation.Share source = new ExtractionEvaluation.Share();
    final ExtractionEvaluation.Share author = new ExtractionEvaluation.Share();
    /** Metadata the gold says the copy does not state, but the draft has. */
    final ExtractionEvaluation.Share spurious = new ExtractionEvaluation.Share();
    final List<String> misses = new ArrayList<>();

    /** Scores the draft {@code d} of {@code file} against its gold entry {@code g}. */
    void scoreMetadata(JsonNode g, ArticleInput d, String file) {
        boolean stated = g.path("headlineStated").asBoolean(true);
        boolean headlineOk = stated ? d.headlineBasis() != HeadlineBasis.FIRST_SENTENCE
                && tidy(g.get("headline").asText()).equals(tidy(d.headline()))
                : d.headlineBasis() == HeadlineBasis.FIRST_SENTENCE;
        check(headline, file, "headline", headlineOk, stated ? g.get("headline").asText() : "FIRST_SENTENCE",
                d.headline() + " (" + d.headlineBasis() + ")");
        field(date, file, "publishedOn", g.get("publishedOn"), d.publishedOn() == null ? null : d.publishedOn().toString());
        field(dateline, file, "dateline", g.get("dateline"), d.dateline());
        field(source, file, "source", g.get("source"), d.source());
        field(author, file, "author", g.get("author"), d.author());
    }

    void check(ExtractionEvaluation.Share share, String file, String name, boolean ok, String expected, String actual) {
        share.add(ok);
        if (!ok) {
            misses.add(file + ": " + name + " expected '" + expected + "', got '" + actual + "'");
        }
    }

    private void field(ExtractionEvaluation.Share share, String file, String name, JsonNode gold, String actual) {
        if (gold == null || gold.isNull()) {
            spurious.add(actual != null);
            if (actual != null) {
                misses.add(file + ": " + name + " not stated, got '" + actual + "'");
            }
            return;
        }
        boolean ok = false;
        for (String alternative : gold.asText().split("\\|")) {
            ok |= actual != null && tidy(alternative).equals(tidy(actual));
        }
        check(share, file, name, ok, gold.asText(), actual);
    }

    private static String tidy(String s) {
        return Objects.requireNonNullElse(s, "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The gold entries of a folder of pages under {@code /extract/}. */
    static JsonNode gold(String folder) throws IOException {
        return JSON.readTree(resource("/extract/" + folder + "/gold.json")).get("articles");
    }

    /** The text of one page of that folder, as pasted. */
    static String text(String folder, String file) throws IOException {
        return new String(resource("/extract/" + folder + "/" + file).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static InputStream resource(String path) {
        return Objects.requireNonNull(StatedMetadataFigures.class.getResourceAsStream(path), path);
    }
}
