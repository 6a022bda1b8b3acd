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

    @Test
    void aSitesStandingTextAboveAHeadlineTheLeadTakesUpIsThePages() {
        String page = """
                Editor in chief: Maria Lopes, Ph.D.
                A window on the neighbours we rarely hear from
                Independent of every party and church, this review reports on how communities live together.

                Floods in Northern Bangladesh Leave 40 Dead

                Floods in northern Bangladesh have killed at least 40 people and left thousands homeless, officials said Monday.

                Rescue teams were still searching for missing villagers in the district of Sylhet.
                """;
        ArticleInput a = one(page);
        assertEquals("Floods in Northern Bangladesh Leave 40 Dead", a.headline());
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());

        // copy without a headline whose lead the subhead continues keeps its lead
        String headless = """
                Floods in northern Bangladesh have killed at least 40 people, officials said Monday.

                Rescue Teams Reach Cut-Off Villages

                Rescue teams reached three cut-off villages on Tuesday, the district chief said.
                """;
        ArticleInput b = one(headless);
        assertEquals(HeadlineBasis.FIRST_SENTENCE, b.headlineBasis(), b.headline());
        assertEquals("Floods in northern Bangladesh have killed at least 40 people, officials said Monday.", b.paragraphs().get(0));
        // nor does one whose subhead takes up a word of the lead
        String sharedWord = """
                A powerful earthquake struck southern Peru on Saturday, damaging hundreds of homes.

                Aftershocks Shake Southern Peru

                Strong aftershocks shook southern Peru overnight, frightening residents.
                """;
        assertEquals(HeadlineBasis.FIRST_SENTENCE, one(sharedWord).headlineBasis());
    }

    @Test
    void aBlogsRelatedPostsAfterTheStoryAreNoStories() {
        String post = """
                Quake Death Toll in Peru Rises to 12

                LIMA — The death toll from a strong earthquake in southern Peru has risen to 12, officials said Saturday.

                Hundreds of homes were damaged in the region of Arequipa.

                Credit : Voice of America (VOA)

                Related posts

                Court in Lagos jails former port official for fraud

                Editor

                Chile opens new solar plant in the Atacama desert

                Staff Reporter

                Kenya's president wants farmers to get cheaper fertiliser before the rains

                Correspondent
                """;
        assertEquals("Quake Death Toll in Peru Rises to 12", one(post).headline());
    }

    @Test
    void aHeadlineEndingInACountryIsNoDateline() {
        for (String headline : List.of("Strong Earthquakes Strike Ecuador, Japan", "Heavy Rains Flood Villages Across Kenya, Uganda")) {
            ArticleInput a = one(headline + "\n\n" + STORY);
            assertEquals(headline, a.headline());
            assertEquals(HeadlineBasis.STATED, a.headlineBasis());
        }
        // a dateline on its own line stays one
        ArticleInput dated = one("Mongolians Vote in Parliamentary Election\n\nDera Ismail Khan, Pakistan\n\n" + STORY);
        assertEquals("Mongolians Vote in Parliamentary Election", dated.headline());
        assertEquals("Dera Ismail Khan", dated.dateline());
    }
}
