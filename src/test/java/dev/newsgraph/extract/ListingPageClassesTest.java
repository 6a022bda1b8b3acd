package dev.newsgraph.extract;

import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Classes of page the page split check set ({@code /extract/pages/}) showed cut wrongly, in invented copy: a listing
 * page's headlines each over one summary, a blog archive that dates each post above its title, a headline that opens
 * with a bracket. Each with the look-alike that must stay one article.
 */
class ListingPageClassesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private List<String> headlines(String copy) {
        return extractor.extract(copy, null).stream().map(ArticleInput::headline).toList();
    }

    @Test
    void aListingPagesHeadlinesEachOverOneSummaryAreStoriesOfTheirOwn() {
        String authorPage = """
                Home Authors Posts by VOA Burmese

                VOA Burmese


                Monsoon Floods Cut Main Road Between Mandalay and Lashio

                Heavy rains washed away two bridges on Tuesday, stranding hundreds of trucks near the Chinese border.

                Rights Group Says Detained Students Denied Lawyers in Sagaing

                The group said at least 14 students have been held for more than a month without seeing a lawyer.

                Election Body Extends Voter Registration by Two Weeks

                Officials said the extension would help displaced families who lost their documents

                Fishermen Protest New Permit Fees Along Rakhine Coast

                Hundreds of fishermen gathered outside the township office on Friday, saying the fees would ruin them.
                """;
        assertEquals(List.of("Monsoon Floods Cut Main Road Between Mandalay and Lashio",
                "Rights Group Says Detained Students Denied Lawyers in Sagaing",
                "Election Body Extends Voter Registration by Two Weeks",
                "Fishermen Protest New Permit Fees Along Rakhine Coast"), headlines(authorPage));

        String sectionPage = """
                FILE - Police patrol a market in Goma, Democratic Republic of Congo, May 3, 2019.

                    Congo Police Arrest Dozens After Market Clashes

                    Witnesses say the clashes began when traders refused to pay a new municipal levy 

                    FILE - A boat carries passengers on Lake Victoria, Uganda, Jan. 12, 2020.

                    Ferry Operators Halt Night Crossings on Lake Victoria

                    The operators say they will resume once the authorities install new navigation lights 

                    Ghana Court Hears Challenge to Mining Licences

                    Residents of three villages argue the licences were granted without consulting them 
                """;
        assertEquals(List.of("Congo Police Arrest Dozens After Market Clashes",
                "Ferry Operators Halt Night Crossings on Lake Victoria", "Ghana Court Hears Challenge to Mining Licences"),
                headlines(sectionPage));
    }

    @Test
    void anArticlesSubheadsEachOverOneParagraphStayInTheArticle() {
        String article = """
                Storms Batter Southern Chile, Thousands Without Power

                SANTIAGO — Heavy storms swept across southern Chile on Sunday, cutting power to thousands of homes.

                Officials said rivers rose quickly in the regions of Biobio and Araucania.

                Roads Closed Across Three Regions

                Police closed at least 20 roads after landslides blocked them overnight.

                Schools Shut Until Wednesday

                The education ministry said schools in the worst-hit areas would stay closed.

                Forecasters Expect More Rain

                The weather service said another front would arrive on Tuesday.
                """;
        assertEquals(List.of("Storms Batter Southern Chile, Thousands Without Power"), headlines(article));

        String twoTeasers = """
                Volcano Alert Raised on Island of Java

                Authorities raised the alert level for Mount Merapi after a series of small eruptions on Monday.

                Villagers Told to Stay Away From the Crater

                Officials asked residents within five kilometers of the summit to leave their homes.
                """;
        assertEquals(1, headlines(twoTeasers).size());
    }

    @Test
    void aPostDatedAboveItsTitleOpensTheNextPostOfABlogArchive() {
        String archive = """
                Monday, March 2, 2015

                Farmers Fear Locust Swarms After Early Rains

                Farmers in northern Kenya say swarms of locusts have appeared weeks earlier than usual.

                Officials said spraying would begin next week.

                Friday, February 27, 2015

                Teachers in Malawi End Three-Week Strike

                Teachers returned to classrooms on Friday after the government agreed to pay salary arrears.

                12 February 2015

                Border Crossing Reopens Between Zambia and Tanzania

                Trucks began crossing again on Thursday after a two-day closure.
                """;
        assertEquals(List.of("Farmers Fear Locust Swarms After Early Rains", "Teachers in Malawi End Three-Week Strike",
                "Border Crossing Reopens Between Zambia and Tanzania"), headlines(archive));
    }

    @Test
    void aHeadlineOpeningWithABracketIsStillTheHeadline() {
        for (String headline : List.of("(Updated) Floods Cut Roads Across Northern Province",
                "[Video] Rescue Teams Reach Villages Cut Off by Landslide", "(Re)building Trust After the Ceasefire")) {
            List<ArticleInput> drafts = extractor.extract(headline + "\n\nRescue teams reached three villages on Saturday "
                    + "after a landslide blocked the only road for four days, officials said.\n\nAbout 300 people were "
                    + "evacuated by helicopter.\n", null);
            assertEquals(1, drafts.size());
            assertEquals(headline, drafts.get(0).headline());
            assertEquals(HeadlineBasis.STATED, drafts.get(0).headlineBasis());
        }
    }
}
