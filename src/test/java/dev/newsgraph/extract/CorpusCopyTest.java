package dev.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real-copy corpus ({@code /extract/corpus/}, articles pasted as published, gold written by hand): every article
 * of both splits yields exactly one draft, with the headline (or the first-sentence basis when the copy has none),
 * dateline, source, author and date the gold states. Prints the figures per split and every miss.
 */
class CorpusCopyTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    /**
     * Articles give one draft each (all but one in two hundred); the stated metadata is measured and kept above floors set from dev (the only split
     * tuned on). The copy has shapes no rule should chase (a site prefix in another script on the headline, a
     * signature at the end): those few misses are printed, not hidden.
     */
    @Test
    void devArticlesComeInWithTheirStatedMetadata() throws IOException {
        Figures f = score("dev", true);
        assertTrue(f.oneDraft * 200 >= f.articles * 199, "articles yielding exactly one draft: " + f);
        // floors just under dev's figures at the start of round 24, batches X and Y joined (drafts 438/440, headline
        // 437/440, dateline 61/67, date 143/146, source 226/249, author 48/59, spurious 9/1239)
        assertTrue(f.headline.value() >= 0.99, "headlines " + f.headline);
        assertTrue(f.dateline.value() >= 0.90 && f.date.value() >= 0.97, "datelines and dates: " + f);
        assertTrue(f.source.value() >= 0.90 && f.author.value() >= 0.81, "sources and authors: " + f);
        assertTrue(f.spurious.passed * 100 <= f.spurious.total, "metadata the copy does not state: " + f);
    }

    /**
     * Held out: only the figures are printed, never the misses, so that nobody tunes on them. All but one in fifty
     * articles give one draft (89 of 90 at the start of round 23, when the held-out split grew from 18 to 90).
     */
    @Test
    void heldoutArticlesGiveOneDraftEach() throws IOException {
        Figures f = score("heldout", false);
        assertTrue(f.oneDraft * 100 >= f.articles * 98, "articles yielding exactly one draft: " + f);
        assertTrue(f.headline.value() >= 0.8, "headlines " + f.headline);
    }

    static final class Figures extends StatedMetadataFigures {
        int articles;
        int oneDraft;

        @Override
        public String toString() {
            return "drafts " + oneDraft + "/" + articles + ", headline " + headline + ", dateline " + dateline + ", source "
                    + source + ", author " + author + ", date " + date + ", spurious metadata " + spurious.passed + "/"
                    + spurious.total;
        }
    }

    Figures score(String split, boolean showMisses) throws IOException {
        Figures f = new Figures();
        for (JsonNode g : StatedMetadataFigures.gold("corpus/" + split)) {
            String file = g.get("file").asText();
            String text = StatedMetadataFigures.text("corpus/" + split, file);
            List<ArticleInput> drafts = extractor.extract(text, file);
            f.articles++;
            if (drafts.size() != 1) {
                f.misses.add(file + ": " + drafts.size() + " drafts " + drafts.stream().map(ArticleInput::headline).toList());
                if (drafts.isEmpty()) {
                    continue;
                }
            } else {
                f.oneDraft++;
            }
            f.scoreMetadata(g, drafts.get(0), file);
        }
        System.out.println("Corpus " + split + ": " + f);
        if (showMisses) {
            f.misses.forEach(m -> System.out.println("  " + m));
        }
        return f;
    }

}
