package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How many drafts came with the headline (or the first-sentence basis), date, dateline, source and author their gold
 * states, and every miss: the scoring {@link CorpusCopyTest} and {@link CopyShapesTest} share.
 */
class StatedMetadataFigures {

    static final class Share {
        int passed;
        int total;

        double share() {
            return total == 0 ? 1 : passed / (double) total;
        }

        void add(boolean ok) {
            total++;
            passed += ok ? 1 : 0;
        }

        @Override
        public String toString() {
            return passed + "/" + total;
        }
    }

    final Share headline = new Share();
    final Share date = new Share();
    final Share dateline = new Share();
    final Share source = new Share();
    final Share author = new Share();
    /** Metadata the gold says the copy does not state, but the draft has. */
    final Share spurious = new Share();
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

    void check(Share share, String file, String name, boolean ok, String expected, String actual) {
        share.add(ok);
        if (!ok) {
            misses.add(file + ": " + name + " expected '" + expected + "', got '" + actual + "'");
        }
    }

    private void field(Share share, String file, String name, JsonNode gold, String actual) {
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
}
