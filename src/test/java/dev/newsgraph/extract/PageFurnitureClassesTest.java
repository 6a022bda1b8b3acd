package dev.newsgraph.extract;

import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Classes of the copy reader's misses on batch L (media players' messages and a wiki's revision bar taken for the
 * headline, a dated wiki page of items, timed-lyrics files, a newscast's voice, an outlet named in a lead-in or a
 * service's name, a dateline taken from a photo), each on invented copy: other outlets, other messages, other tags.
 */
class PageFurnitureClassesTest {

    private static final String BODY = """
            Rescue teams in the northern province of Valleyland searched on Tuesday for people missing after floods swept \
            through three villages, officials said.

            The provincial governor, Amina Roe, said at least 12 people had died and 40 were missing.

            Aid groups said thousands of families had lost their homes.""";
    private static final String LEAD = "Rescue teams in the northern province of Valleyland searched on Tuesday for people missing "
            + "after floods swept through three villages, officials said.";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private ArticleInput one(String text) {
        List<ArticleInput> drafts = extractor.extract(text, null);
        assertEquals(1, drafts.size(), () -> "drafts: " + drafts.stream().map(ArticleInput::headline).toList());
        return drafts.get(0);
    }

    @Test
    void aMediaPlayersMessageIsNeitherTheHeadlineNorTheLead() {
        for (String player : List.of("Your browser does not support the audio element.", "Your browser doesn’t support HTML5 video",
                "Radio Kilo Audio - Problems playing the file? See our help page.", "Problems? See the player guide.",
                "Having trouble listening? Try the MP3.", "Listen to this episode", "Play the audio")) {
            ArticleInput titled = one(player + "\nFloods Kill 12 in Valleyland Villages\n\n" + BODY);
            assertEquals("Floods Kill 12 in Valleyland Villages", titled.headline(), player);
            ArticleInput untitled = one(player + "\n\n" + BODY);
            assertEquals(HeadlineBasis.FIRST_SENTENCE, untitled.headlineBasis(), player);
            assertEquals(LEAD, untitled.headline(), player);
        }
    }

    @Test
    void aWikisRevisionBarIsNoHeadline() {
        ArticleInput a = one("""
                Revision as of 08:12, 3 March 2021 by Examplebot (talk | contribs) (fix links)
                (diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)

                """ + BODY);
        assertEquals(HeadlineBasis.FIRST_SENTENCE, a.headlineBasis());
        assertEquals(LEAD, a.headline());
    }

    @Test
    void aDatedWikiPageOfItemsIsNamedByThePageAndOneItemCutFromItByItsOwnHeadline() {
        String page = "Wikinews:Shorts/May 3, 2011\n\nFrom Wikinews, the free news source you can write!\n\n";
        ArticleInput items = one(page + "Floods kill 12 in Valleyland villages\n\n" + BODY + "\n\nFerry sinks off Example Island\n\n"
                + "A ferry carrying 80 passengers sank on Monday off Example Island, and all on board were rescued, the coast guard said.");
        assertEquals("Wikinews:Shorts/May 3, 2011", items.headline());
        ArticleInput cut = one(page + "Radio Brief transcript – 2011 05 03\n\nThe time is 18:00 UTC, and this is the Example Radio Brief."
                + "\n\nFloods kill 12 in Valleyland villages\n\n" + BODY);
        assertEquals("Floods kill 12 in Valleyland villages", cut.headline());
        ArticleInput story = one(page + "Floods kill 12 in Valleyland villages\n\n" + BODY);
        assertEquals("Floods kill 12 in Valleyland villages", story.headline());
    }

    @Test
    void aTimedLyricsFileGivesItsTitleVoiceAndScript() {
        ArticleInput a = one("""
                [ti:Floods Force Thousands From Their Homes]
                [ar:Jane Doe]
                [al:AS IT IS]
                [by:www.example-lrc.net]
                [00:00.00]This is AS IT IS from VOA Learning English.
                [00:04.12]Rescue teams in the north
                [00:07.50]searched on Tuesday for people missing
                [00:11.02]after floods swept through three villages.
                [00:15.40][00:52.10]The governor said at least 12 people had died.
                """);
        assertEquals("Floods Force Thousands From Their Homes", a.headline());
        assertEquals("Jane Doe", a.author());
        assertEquals("VOA", a.source());
        assertEquals(List.of("This is AS IT IS from VOA Learning English.",
                "Rescue teams in the north searched on Tuesday for people missing after floods swept through three villages.",
                "The governor said at least 12 people had died."), a.paragraphs());
    }

    @Test
    void theVoiceThatSignsANewscastOnIsItsAuthorAndASignOnWithoutItsLastStopStaysText() {
        ArticleInput handedOver = one("From Washington, this is VOA News. I'm Jane Roe.\n\nTalks on the border dispute ended without "
                + "a deal on Friday. AFP's Paul Mbeki has more.\n\nThe two delegations left the capital without a joint statement.");
        assertEquals("Jane Roe", handedOver.author());
        ArticleInput unstopped = one("Example Radio News in Brief\n\nThe time is 18:00 UTC, this is the Example Radio Brief for "
                + "Monday, May 4, 2015. I'm Jane Roe, and here are tonight's stories\n\n" + BODY);
        assertEquals("Jane Roe", unstopped.author());
        assertTrue(unstopped.paragraphs().get(0).startsWith("The time is 18:00 UTC"), unstopped.paragraphs().get(0));
    }

    @Test
    void theOutletALeadInQuotesOrAServiceOfItWasToldIsTheSource() {
        assertEquals("Reuters", one("Leaders Meet for Border Talks\n\nReuters reports: “The leaders of the two countries met on "
                + "Tuesday for talks on their disputed border, officials said.”").source());
        assertEquals("AFP", one("Bomb Kills 5 Soldiers Near Border Town\n\nA roadside bomb killed five soldiers near the border town "
                + "of Exampleville on Monday, security sources told AFP Arabic.\n\nNo group said it planted the bomb.").source());
    }

    @Test
    void aCreditSpellingTheOutletOutAndACorrespondentTitledByRoleNameTheSourceAndWriter() {
        assertEquals("AFP", one("Floods Kill 12 in Valleyland Villages\n\n" + BODY + "\n\nAFP is Agence France-Presse").source());
        ArticleInput titled = one("Border Talks End Without a Deal\n\nTalks on the border dispute ended without a deal on Friday. "
                + "AFP's Chief Correspondent Jane Roe has more.");
        assertEquals("Jane Roe", titled.author());
        assertEquals("AFP", titled.source());
    }

    @Test
    void aPhotosPlaceIsNoDatelineOfCopyThatPrintsNone() {
        String caption = "Residents wade through a flooded street in Kandahar, Afghanistan, after the storm. (Photo: J. Doe/VOA)";
        assertNull(one(caption + "\n" + caption + "\n\n" + BODY).dateline());
    }

    @Test
    void boxesOfOtherStoriesAfterAStorysClosingCreditAreNavigation() {
        String boxes = """
                Photo Gallery
                [All Example Radio blogs...]

                Dam Opens on the Lowland River
                What it means for farmers downstream?
                Read More
                Audio Features
                Talk of the Town
                Is rent in the capital too high? Jane Roe reports.""";
        for (String credit : List.of("Some information for this report was provided by AFP and AP.",
                "Material for this story came from Reuters.", "The Associated Press contributed to this report.",
                "Reporting by Paul Mbeki in Harbourtown; Editing by Anna Smith")) {
            ArticleInput a = one("Floods Kill 12 in Valleyland Villages\nExample Radio News\n" + BODY + "\n" + credit + "\n" + boxes);
            assertEquals("Floods Kill 12 in Valleyland Villages", a.headline(), credit);
            assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Jane Roe") || p.contains("farmers")), credit);
        }
    }

    @Test
    void aListingsNextStoryOpensAfterTheClosingCreditWithItsOwnDateline() {
        List<ArticleInput> drafts = extractor.extract("""
                Floods Kill 12 in Valleyland Villages
                HARBOURTOWN —\s""" + LEAD + """

                Some information for this report was provided by Reuters.

                Ferry Sinks off Example Island
                May 4, 2015
                A ferry carrying 80 passengers sank on Monday off Example Island, and all on board were rescued, the coast guard said.
                """, null);
        assertEquals(List.of("Floods Kill 12 in Valleyland Villages", "Ferry Sinks off Example Island"),
                drafts.stream().map(ArticleInput::headline).toList());
    }

    @Test
    void theDateOverTheHeadlineAStoryKeepsIsItsOwnNotTheArchivesOrThePagesCurrentDate() {
        ArticleInput a = one("""
                1 capture
                3 Mar 2015
                About this capture
                March 3, 2015
                Listen Live: Morning Edition | World Service
                RSS Feed
                March 2, 2015
                Floods Kill 12 in Valleyland Villages
                Example Radio News
                """ + BODY);
        assertEquals("Floods Kill 12 in Valleyland Villages", a.headline());
        assertEquals(java.time.LocalDate.of(2015, 3, 2), a.publishedOn());
    }
}
