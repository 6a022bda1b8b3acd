package dev.newsgraph.extract;

import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What republishing sites set above or around a story's headline, in invented copy: a numbered menu before the story,
 * the outlet's label with a colon before the headline. Neither is the headline, and a story under them is one article.
 */
class PageHeaderClassesTest {

    private static final String STORY = """
            Voters in Mongolia are casting their ballots Sunday in a parliamentary election that 14 parties are contesting.

            Turnout was higher than in the previous election, officials said.
            """;

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ArticleInput one(String copy) {
        List<ArticleInput> drafts = extractor.extract(copy, null);
        assertEquals(1, drafts.size(), () -> "drafts: " + drafts.stream().map(ArticleInput::headline).toList());
        return drafts.get(0);
    }

    @Test
    void aNumberedMenuBeforeTheStoryIsNoHeadline() {
        String menu = """
                1. World News
                  2. World News Archives
                  1. Health and Science
                  2. Business Weekly
                  3. Arts and Culture
                  4. Sports Desk

                """;
        ArticleInput a = one(menu + STORY);
        assertEquals(HeadlineBasis.FIRST_SENTENCE, a.headlineBasis(), a.headline());

        ArticleInput headed = one(menu + "Mongolians Vote in Parliamentary Election\n\n" + STORY);
        assertEquals("Mongolians Vote in Parliamentary Election", headed.headline());
    }

    @Test
    void anOutletsLabelBeforeTheHeadlineNamesTheSourceAndIsNotTheHeadline() {
        for (String label : List.of("Voice of America – English: ", "VOA News - Asia: ", "Reuters: ")) {
            ArticleInput a = one("1. Asia\n\n" + label + "Mongolians Vote in Parliamentary Election\n\n" + STORY);
            assertEquals("Mongolians Vote in Parliamentary Election", a.headline(), label);
            assertEquals(HeadlineBasis.STATED, a.headlineBasis());
        }
        // a section's or a country's label stays part of the headline
        ArticleInput labelled = one("Mongolia: Voters Go to the Polls in Parliamentary Election\n\n" + STORY);
        assertEquals("Mongolia: Voters Go to the Polls in Parliamentary Election", labelled.headline());
    }
}
