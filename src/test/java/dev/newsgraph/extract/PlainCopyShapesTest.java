package dev.newsgraph.extract;

import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.HeadlineBasis;
import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.PersonInput;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One real article of the corpus (dev/013, VOA, public domain) presented in the shapes copy is pasted in: every
 * headline case, no headline, the agencies' dateline forms, bylines, date lines, page chrome, several articles in a
 * row. The body is the same real text each time; only the furniture around it changes.
 */
class PlainCopyShapesTest {

    private static final String BODY = body("/extract/corpus/dev/013_logar-deputy-governor-killed.txt");
    private static final String FIRST = BODY.substring(0, BODY.indexOf('\n'));
    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String body(String path) {
        try (var in = PlainCopyShapesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ArticleInput one(String text) {
        List<ArticleInput> drafts = extractor.extract(text, null);
        assertEquals(1, drafts.size(), () -> "drafts: " + drafts.stream().map(ArticleInput::headline).toList());
        return drafts.get(0);
    }

    @Test
    void everyHeadlineCaseGivesOneArticleWithThatHeadline() {
        for (String headline : List.of("Afghan deputy governor killed in ambush in Logar", "Afghan Deputy Governor Killed in Ambush",
                "AFGHAN DEPUTY GOVERNOR KILLED IN AMBUSH", "Who killed Logar's deputy governor?",
                "Logar ambush: deputy governor and driver killed")) {
            ArticleInput a = one(headline + "\n\n" + BODY);
            assertEquals(headline, a.headline());
            assertEquals(HeadlineBasis.STATED, a.headlineBasis());
            assertEquals(BODY.split("\n+").length, a.paragraphs().size(), headline);
        }
    }

    @Test
    void aSitesTaglineAboveTheHeadlineGivesWayToTheHeadlineThatSumsUpTheStory() {
        // page chrome a paste brings above the headline: a site's tagline, a date in a form no date line takes
        // (invented copy)
        for (String above : List.of("Independent perspectives in twelve languages", "Saturday the Fourth of Spring")) {
            ArticleInput a = one(above + "\n\nAfghan deputy governor killed in ambush in Logar\n\n" + BODY);
            assertEquals("Afghan deputy governor killed in ambush in Logar", a.headline(), above);
        }
        // a section menu above the headline: its name under a menu line is no byline of the story
        ArticleInput menu = one("Trade Talks In Geneva\nWorld Sport\n\nAfghan deputy governor killed in ambush in Logar\n\n" + BODY);
        assertEquals("Afghan deputy governor killed in ambush in Logar", menu.headline());
        assertNull(menu.author());
        // a line above the headline that speaks of the story stays a kicker the headline replaces only when short
        ArticleInput kept = one("Deputy governor of Logar ambushed\n\nA second line of chrome here\n\n" + BODY);
        assertEquals("Deputy governor of Logar ambushed", kept.headline());
    }

    @Test
    void aRepublishingSitesNameAndStandingTaglineAboveTheStorysDateAndHeadlineAreNotAStory() {
        // a site that republishes wire stories under its name and mission statement (invented copy)
        String header = "Press Freedom Watch\n\nEvery day journalists around the world are jailed, threatened or killed for "
                + "their work, and their stories deserve to be read in full.\n\n";
        for (String dateLine : List.of("Afghanistan, July 4, 2019", "July 4, 2019", "Posted on July 4, 2019")) {
            List<ArticleInput> drafts = extractor.extract(header + dateLine
                    + "\n\nAfghan Deputy Governor Killed in Ambush in Logar\n\n" + BODY, null);
            assertEquals(List.of("Afghan Deputy Governor Killed in Ambush in Logar"),
                    drafts.stream().map(ArticleInput::headline).toList(), dateLine);
            assertEquals(java.time.LocalDate.of(2019, 7, 4), drafts.get(0).publishedOn(), dateLine);
            assertEquals(BODY.split("\n+").length, drafts.get(0).paragraphs().size(), dateLine);
        }
    }

    @Test
    void aBylineInCapitalsWithItsDateOnOneLineGivesTheAuthorAndTheDate() {
        // the layout of a US broadcaster's page (invented copy)
        ArticleInput a = one("Afghan deputy governor killed in ambush in Logar\nBy JANE EXAMPLE Apr 30, 2018, 5:00 AM ET\n\n" + BODY);
        assertEquals("JANE EXAMPLE", a.author());
        assertEquals(LocalDate.of(2018, 4, 30), a.publishedOn());
    }

    @Test
    void theStorysDateUnderTheHeadlineWinsOverThePagesDateAboveIt() {
        // a local paper's masthead: today's date and the weather above the story, the story's date under its headline
        ArticleInput a = one("Sunday, May 25, 2025\n48.0°F\n\nAfghan deputy governor killed in ambush in Logar\n\n"
                + "by The Associated Press\n| April 4, 2014 9:00 PM\n\n" + BODY);
        assertEquals(LocalDate.of(2014, 4, 4), a.publishedOn());
    }

    @Test
    void aTitleCaseHeadlineRunIntoTheLeadOnOneLineIsCutOff() {
        // a page flattened into one line by a mirror, with no byline between headline and lead (invented copy)
        ArticleInput a = one("Originally posted by the Voice of America. Voice of America content is in the public domain. "
                + "Flash Floods Kill 9 in Northern Kenya A flash flood swept through a village in northern Kenya on Monday, "
                + "killing nine people, officials said. Rescuers were searching for two missing children.");
        assertEquals("Flash Floods Kill 9 in Northern Kenya", a.headline());
        assertEquals(HeadlineBasis.STATED, a.headlineBasis());
        assertTrue(a.paragraphs().get(0).startsWith("A flash flood swept"), a.paragraphs().toString());
    }

    @Test
    void anAggregatorsRepublicationIsOneArticleWithItsLabelledHeadlineCreditAndByline() {
        // the layout of a news aggregator republishing an agency's story (invented copy)
        ArticleInput a = one("""
                Kenya: Flash Floods Kill Nine in Northern Village

                Jane Roe/Example Photo Agency
                A flooded road.
                12 March 2024
                Voice of America (Washington, DC)
                By John Example

                A flash flood swept through a village in northern Kenya on Monday, killing nine people, officials said.

                Rescuers were searching for two missing children, the Kenya Red Cross said.
                """);
        assertEquals("Kenya: Flash Floods Kill Nine in Northern Village", a.headline());
        assertEquals("John Example", a.author());
        assertTrue(a.people().stream().noneMatch(p -> p.name().contains("Example")), a.people().toString());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.startsWith("A flash flood swept")), a.paragraphs().toString());
    }

    @Test
    void aFlattenedPagesHeadlineRunIntoALeadOpeningWithANameIsCutOff() {
        // a mirror's page on one line whose lead opens "Afghan officials say" (invented copy)
        String lead = "Kenyan officials say a flash flood swept through a village in northern Kenya on Monday, killing nine "
                + "people. ";
        ArticleInput a = one("Originally posted by the Voice of America. Voice of America content is in the public domain. "
                + "Flash Floods Kill 9 in Northern Kenya " + lead + "Rescuers were searching for two missing children. ".repeat(12));
        assertEquals("Flash Floods Kill 9 in Northern Kenya", a.headline());
        assertTrue(a.paragraphs().get(0).startsWith("Kenyan officials say"), a.paragraphs().toString());
        // or whose lead names where its sources are before they speak (invented copy)
        for (String opening : List.of("Officials in northern Kenya say", "Police in Marsabit county said",
                "Residents of the flooded village say", "Authorities on Monday said")) {
            ArticleInput c = one("Originally posted by the Voice of America. Voice of America content is in the public "
                    + "domain. Flash Floods Kill 9 in Northern Kenya " + opening + " a flash flood killed nine people in "
                    + "northern Kenya. " + "Rescuers were searching for two missing children. ".repeat(12));
            assertEquals("Flash Floods Kill 9 in Northern Kenya", c.headline(), opening);
            assertTrue(c.paragraphs().get(0).startsWith(opening), c.paragraphs().toString());
        }
        // a short first paragraph that opens with a title-case run is a lead, not a headline glued to one
        ArticleInput b = one("President Jane Example and First Lady Ann Example visited the flooded village on Monday.");
        assertEquals(HeadlineBasis.FIRST_SENTENCE, b.headlineBasis());
    }

    @Test
    void aCaptionCreditedAfterAPipeStaysACaptionOfTheStory() {
        // a news site's deck and a caption printed twice, its credit after a pipe (invented copy)
        ArticleInput a = one("Afghan deputy governor killed in ambush\n\nGunmen killed a deputy governor in Logar.\n"
                + "Representational image only. | AP\nRepresentational image only. | AP\n\nKABUL: " + BODY);
        assertEquals("Afghan deputy governor killed in ambush", a.headline());
        assertEquals("Kabul", a.dateline());
        assertTrue(a.photos().stream().anyMatch(p -> "AP".equals(p.credit())), a.photos().toString());
    }

    @Test
    void aWikisReviewBoxAndArchiveNoticeAreNotTheStory() {
        // the chrome of a wiki news page around its text (invented copy)
        ArticleInput a = one(String.join("\n", "From Wikinews, the free news source you can write!", "Page version status",
                "The page has not been checked", "There are no reviewed versions of this page, so it may not have been checked.",
                "Friday, March 17, 2017", BODY, "This page is archived, and is no longer publicly editable.",
                "Please note that due to our archival policy, we will not alter or update the content of articles."));
        assertEquals(HeadlineBasis.FIRST_SENTENCE, a.headlineBasis());
        assertEquals(BODY.split("\n+").length, a.paragraphs().size(), () -> String.join("\n", a.paragraphs()));
    }

    @Test
    void aWikisPortalBoxMapAndImageFileNamesAreNotTheStory() {
        // a wiki news page as a mirror shows it: its title twice, the country portal's box of other stories, the map
        // and flag image names, then the date line and the text (invented copy)
        ArticleInput a = one(String.join("\n", "Afghan deputy governor killed in ambush", "",
                "Afghan deputy governor killed in ambush", "", "From Wikinews, the free news source you can write!",
                "Jump to: navigation, search", "Afghanistan", "Other stories from Afghanistan",
                "  • 3 May 2016: Taliban fighters seize district in Helmand",
                "  • 20 April 2016: Bomb kills 28 in Kabul as Taliban open spring offensive", "…More articles here",
                "Location of Afghanistan", "", "A map showing the location of Afghanistan", "",
                "To write, edit, start or view other articles on Afghanistan, see the Afghanistan Portal",
                "Flag of Afghanistan.svg", "", "Friday, March 17, 2017", "", "Logar province in 2015.", "Image: Jane Example.",
                "", BODY));
        assertEquals("Afghan deputy governor killed in ambush", a.headline());
        assertTrue(a.people().stream().noneMatch(p -> p.name().contains("Example")), () -> a.people().toString());
        assertEquals(BODY.split("\n+").length, a.paragraphs().size(), () -> String.join("\n", a.paragraphs()));
        assertEquals(LocalDate.of(2017, 3, 17), a.publishedOn());
    }

    @Test
    void aHeadlineAgencyStampAndLeadRunIntoOneLineAreTakenApart() {
        // a Chinese daily's English page as pasted: headline, agency, time stamp and lead on one line (invented copy)
        ArticleInput a = one("Afghan deputy governor killed in ambush( Xinhua) 20:56, March 16, 2017 " + BODY);
        assertEquals("Afghan deputy governor killed in ambush", a.headline());
        assertEquals("Xinhua", a.source());
        assertEquals(LocalDate.of(2017, 3, 16), a.publishedOn());
        assertEquals(FIRST, a.paragraphs().get(0));
    }

    @Test
    void aDatelineWithItsAgencyAfterTheDashAndASectionLabelledAgencyGiveThePlaceAndSource() {
        // a Turkish daily's page: the city in capitals with a dotted capital I, a dash, the agency; a photo credit
        ArticleInput a = one("Afghan deputy governor killed in ambush\n\nSİİRT – Anadolu Agency\n\nAA photo\n\n" + BODY);
        assertEquals("Siirt", a.dateline());
        assertEquals("Anadolu", a.source());
        assertEquals(FIRST, a.paragraphs().get(0));
        // the agency's byline box with the site's section after it
        ArticleInput b = one("Afghan deputy governor killed in ambush\n\nAnadolu Agency WORLD\nPublished October 20,2019\n\n" + BODY);
        assertEquals("Anadolu", b.source());
        assertEquals(LocalDate.of(2019, 10, 20), b.publishedOn());
        assertEquals(FIRST, b.paragraphs().get(0));
    }

    @Test
    void aBlogsTitleDateLineAndTextOnConsecutiveLinesAreNotOneWrappedParagraph() {
        // a blog's tag page: the title, a "Posted" line and the text with no blank line between them
        ArticleInput a = one("Afghan Deputy Governor Killed in Ambush\nPosted March 16th, 2017 at 11:15 am (UTC-5)\n" + FIRST);
        assertEquals("Afghan Deputy Governor Killed in Ambush", a.headline());
        assertEquals(LocalDate.of(2017, 3, 16), a.publishedOn());
        assertEquals(FIRST, a.paragraphs().get(0));
    }

    @Test
    void aCommentBoxUnderTheStoryIsNotText() {
        ArticleInput a = one(BODY + "\n\nBe the first to comment at \"Afghan deputy governor killed in ambush\"\n\nWrite your comment\n\n"
                + "This site uses Akismet to reduce spam. Learn how your comment data is processed.");
        assertEquals(BODY.split("\n+").length, a.paragraphs().size(), () -> String.join("\n", a.paragraphs()));
        assertTrue(a.statements().stream().noneMatch(q -> q.text().contains("ambush")), () -> a.statements().toString());
    }

    @Test
    void aTvScriptsRepeatedSpeakerLabelsAndItsReporterAreNotAFeed() {
        // a broadcaster's script: a speaker label before each sound bite, the reporter named in the intro (invented copy)
        ArticleInput a = one(String.join("\n", "Afghan deputy governor killed in ambush", "",
                "Gunmen have killed a deputy governor in Afghanistan's Logar province, the latest in a string of attacks on "
                        + "officials south of Kabul that the Taliban say they carried out. Police say the attackers fled on "
                        + "motorcycles. More on the story now from VOA-TV's Jane Example", "",
                "ABDUL RAHMAN, LOGAR POLICE CHIEF", "\"We are searching the area for the attackers.\"", "",
                "Police said the attackers fled on motorcycles.", "", "ABDUL RAHMAN, LOGAR POLICE CHIEF",
                "\"They will be found and punished.\"", "", BODY));
        assertEquals("Afghan deputy governor killed in ambush", a.headline());
        assertEquals("Jane Example", a.author());
        assertEquals("VOA", a.source());
        ArticleInput b = one("Afghan deputy governor killed in ambush\n\nFor VOA, Jane Example reports for VOA from Kabul.\n\n" + BODY);
        assertEquals("Jane Example", b.author());
    }

    @Test
    void aSitesMenuAboveTheHeadlineThatSharesAWordWithTheStoryByChanceGivesWayToTheHeadline() {
        // a wire site's page: its menu of services, one of them sharing a word with the lead, and an archive's date stamp
        // (invented copy)
        ArticleInput a = one(String.join("\n", "Risk Management SolutionsLegal Governor Services", "Directory of sites", "Login",
                "Afghan deputy governor killed in ambush in Logar", "Sections", "March 16, 2017 / 7:39 AM / 6 years ago", "",
                "Afghan deputy governor killed in ambush in Logar", "", "Reuters Staff", "", "1 Min Read", "",
                "KABUL (Reuters) - " + BODY, "", "Our Standards:The Example Trust Principles."));
        assertEquals("Afghan deputy governor killed in ambush in Logar", a.headline());
        assertEquals(LocalDate.of(2017, 3, 16), a.publishedOn());
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Trust Principles")), a.paragraphs().toString());
    }

    @Test
    void aLineThatIntroducesTheQuoteBelowItIsPartOfTheStory() {
        // a broadcaster's layout: the speaker's line ends with a colon, the quote is the next paragraph (invented copy)
        ArticleInput a = one("Afghan deputy governor killed in ambush\n\n" + FIRST
                + "\n\nProvincial police chief Abdul Example told VOA:\n\n\"We are searching the area for the attackers.\"");
        assertTrue(a.paragraphs().contains("Provincial police chief Abdul Example told VOA:"), a.paragraphs().toString());
        assertTrue(a.statements().stream().anyMatch(s -> s.text().startsWith("We are searching")
                && "Abdul Example".equals(s.speaker())), a.statements().toString());
    }

    @Test
    void aTitleCaseHeadlineEndingInAnAbbreviationIsAHeadlineAndItsRepeatIsNotText() {
        // a site that prints its headline twice, the source abbreviated at its end (invented copy)
        String headline = "Afghan Deputy Governor Killed in Ambush on Logar Highway, Police Say - Interior Dept.";
        ArticleInput a = one(headline + "\n\n" + headline + "\n\n" + BODY);
        assertEquals(headline, a.headline());
        assertEquals(HeadlineBasis.STATED, a.headlineBasis());
        assertEquals(FIRST, a.paragraphs().get(0));
    }

    @Test
    void anAgencyBylineWithADateWrittenWithoutASpaceDatesTheCopy() {
        // a Middle East daily's byline box (invented copy)
        ArticleInput a = one("Afghan deputy governor killed in ambush\nBy AFP - Nov 05,2023 - Last updated at Nov 05,2023\n\n" + BODY);
        assertEquals(LocalDate.of(2023, 11, 5), a.publishedOn());
        assertEquals("AFP", a.source());
    }

    @Test
    void xinhuasEndMarkIsNotText() {
        ArticleInput a = one("Afghan deputy governor killed in ambush\n\n" + BODY + " Enditem");
        assertEquals(BODY.substring(BODY.lastIndexOf('\n') + 1), a.paragraphs().get(a.paragraphs().size() - 1));
    }

    @Test
    void aNameAndAPublicationStampOnOneLineGiveTheAuthorAndTheDate() {
        ArticleInput a = one("Afghan deputy governor killed in ambush\nJane Example Published March 02, 2023 | 06:05 PM\n\n" + BODY);
        assertEquals("Jane Example", a.author());
        assertEquals(LocalDate.of(2023, 3, 2), a.publishedOn());
        // a site's stamp: how long ago, then the day and the date
        ArticleInput b = one("Afghan deputy governor killed in ambush\n\nJane Example 14 minutes ago Thu 02nd Mar 2023 | 08:30 PM\n\n" + BODY);
        assertEquals("Jane Example", b.author());
        assertEquals(LocalDate.of(2023, 3, 2), b.publishedOn());
    }

    @Test
    void aRepublishersLabelsInAnotherScriptAroundTheHeadlineGo() {
        ArticleInput a = one("VOA标准英语2008年-Afghan Deputy Governor Killed in Ambush(在线收听\n\n" + BODY);
        assertEquals("Afghan Deputy Governor Killed in Ambush", a.headline());
    }

    @Test
    void noHeadlineTakesTheFirstSentenceAndSaysSo() {
        ArticleInput a = one(BODY);
        assertEquals(HeadlineBasis.FIRST_SENTENCE, a.headlineBasis());
        assertTrue(FIRST.startsWith(a.headline()), a.headline());
        assertEquals(FIRST, a.paragraphs().get(0));
        assertFalse(a.people().isEmpty());
    }

    @Test
    void agencyDatelinesBecomePlaceSourceAndDateAndLeaveTheText() {
        record Form(String dateline, String place, String source, LocalDate date) {
        }
        for (Form f : List.of(
                new Form("KABUL, March 16, 2017 (Reuters) - ", "Kabul", "Reuters", LocalDate.of(2017, 3, 16)),
                new Form("KABUL, Afghanistan (AP) — ", "Kabul", "AP", null),
                new Form("Kabul, Mar 16 (PTI) ", "Kabul", "PTI", null),
                // without an agency in the dateline, the producer is the outlet the body names ("told VOA")
                new Form("KABUL: ", "Kabul", "VOA", null),
                // the Indian and Chinese outlets' form: a known place in title case and a colon
                new Form("Kabul: ", "Kabul", "VOA", null),
                new Form("KABUL — ", "Kabul", "VOA", null),
                new Form("KABUL\n\n", "Kabul", "VOA", null),
                new Form("Kabul (AFP) - ", "Kabul", "AFP", null),
                // a story filed from two desks, its agency and date in the parentheses
                new Form("KABUL/ISLAMABAD (Sputnik - 16th March, 2017) ", "Kabul", "Sputnik", LocalDate.of(2017, 3, 16)),
                new Form("KABUL/ISLAMABAD (AFP, March 16, 2017) - ", "Kabul", "AFP", LocalDate.of(2017, 3, 16)))) {
            ArticleInput a = one("Afghan deputy governor killed in ambush\n\n" + f.dateline + BODY);
            assertEquals(f.place, a.dateline(), f.dateline);
            assertEquals(f.source, a.source(), f.dateline);
            assertEquals(FIRST, a.paragraphs().get(0), f.dateline);
            if (f.date != null) {
                assertEquals(f.date, a.publishedOn(), f.dateline);
                assertEquals(DateBasis.STATED, a.dateBasis());
            }
            assertTrue(a.places().stream().anyMatch(p -> p.name().equals("Kabul")));
            assertTrue(a.organizations().stream().noneMatch(o -> o.name().equals("KABUL")), f.dateline);
        }
    }

    @Test
    void bylinesDateLinesAndChromeBecomeMetadataOrGo() {
        String text = String.join("\n", "World", "Afghan deputy governor killed in ambush", "By Ayaz Gul | Reuters",
                "Published March 16, 2017 10:20 GMT", "Updated March 17, 2017", "Share", "Facebook Twitter Email", "",
                "Editor's note: This story contains details some readers may find disturbing.",
                "KABUL, Afghanistan (AP) — " + BODY.replace("\n\n", "\n\nRead more: Taliban claim attack on Kabul hotel\n\n"),
                "Article continues below", "Subscribe to our newsletter",
                "(Reporting by Jane Doe in Kabul; Editing by John Roe)", "Related:", "Another story entirely here");
        ArticleInput a = one(text);
        assertEquals("Afghan deputy governor killed in ambush", a.headline());
        assertEquals("Ayaz Gul", a.author());
        assertEquals(LocalDate.of(2017, 3, 16), a.publishedOn());
        assertEquals("Kabul", a.dateline());
        assertEquals(BODY.split("\n+").length, a.paragraphs().size(), () -> String.join("\n", a.paragraphs()));
        List<String> people = a.people().stream().map(PersonInput::name).toList();
        for (String writer : List.of("Ayaz Gul", "Jane Doe", "John Roe")) {
            assertFalse(people.contains(writer), writer + " in " + people);
        }
        assertTrue(a.paragraphs().stream().noneMatch(p -> p.toLowerCase(Locale.ROOT).contains("read more")));
    }

    @Test
    void aRelatedVideosTitleOverItsPlayersTextIsNotText() {
        // a video player set between paragraphs: its title, then the player's own lines (invented copy)
        for (String title : List.of("Aid Worker's Killing Highlights Field Dangers", "Kenya's Floods Test an Aging Dam System")) {
            String[] paragraphs = BODY.split("\n+");
            ArticleInput a = one("Afghan deputy governor killed in ambush in Logar\n\n" + paragraphs[0] + "\n\n"
                    + "Watch related video report from VOA's Jane Example:\n\n" + title + "\nplease wait\n\n"
                    + "No media source currently available\n\n0:00 0:02:19 0:00\n\n"
                    + String.join("\n\n", Arrays.copyOfRange(paragraphs, 1, paragraphs.length)));
            assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains(title) || p.contains("please wait")),
                    a.paragraphs().toString());
        }
    }

    @Test
    void aVideoReportsCreditNamesItsReporterWhoIsNotAPersonOfTheStory() {
        // the summary of a video or audio report names who made it (invented copy)
        for (String credit : List.of("Reporter Jane Example tells VOA's John Sample that the army has retaken the town.",
                "Correspondent Jane Example told VOA's John Sample the army has retaken the town.",
                "VOA's Jane Example talks to analyst Peter Roe about what comes next.",
                "VOA Jane Example speaks with analyst Peter Roe about what comes next.")) {
            ArticleInput a = one("Army Retakes Town\n\nMilitants attacked the town of Oicha on Monday, killing 12 civilians. "
                    + credit + "\n\n" + BODY);
            assertEquals("Jane Example", a.author(), credit);
            assertFalse(a.people().stream().map(PersonInput::name).toList().contains("Jane Example"), credit);
        }
        // a body that speaks is no outlet's host
        ArticleInput council = one("Council Meets\n\nThe UN Security Council speaks with one voice on the war, the envoy said."
                + "\n\n" + BODY);
        assertNull(council.author());
    }

    @Test
    void byLineWithAgencyAfterComma() {
        ArticleInput a = one("Afghan deputy governor killed in ambush\nBy JANE DOE, Associated Press\n\n" + BODY);
        assertEquals("JANE DOE", a.author());
        assertEquals("AP", a.source());
    }

    @Test
    void severalArticlesSeparatedByRulesFormFeedsOrDatelineRuns() {
        String second = body("/extract/corpus/dev/001_afghan-police-suicide-attack.txt");
        for (String separator : List.of("\n\n---\n\n", "\n\n***\n\n", "\n\n###\n\n", "\n\f\n")) {
            List<ArticleInput> drafts = extractor.extract("Deputy governor killed\n\n" + BODY + separator + second, null);
            assertEquals(2, drafts.size(), separator);
        }
        String run = "Deputy governor killed in Logar\nKABUL (Reuters) - " + BODY
                + "\n\nSuicide car bomb kills three police officers\nLASHKAR GAH, Afghanistan (AP) — "
                + "A suicide car bombing near a police training center in southern Afghanistan has killed three police officers.\n"
                + "Twelve other people, including at least one child, were wounded Saturday in Helmand province.";
        List<ArticleInput> drafts = extractor.extract(run, null);
        assertEquals(List.of("Deputy governor killed in Logar", "Suicide car bomb kills three police officers"),
                drafts.stream().map(ArticleInput::headline).toList());
        assertEquals("AP", drafts.get(1).source());
        assertNull(drafts.get(0).author());
    }

    @Test
    void hardWrappedWireCopyIsJoinedIntoParagraphs() {
        String wrapped = Arrays.stream(BODY.split("\n\n")).map(PlainCopyShapesTest::wrap).reduce((x, y) -> x + "\n\n" + y).orElseThrow();
        ArticleInput a = one("Afghan deputy governor killed in ambush\n\n" + wrapped);
        assertEquals(BODY.split("\n+").length, a.paragraphs().size());
        assertEquals(FIRST, a.paragraphs().get(0));
    }

    private static String wrap(String paragraph) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (String w : paragraph.split(" ")) {
            if (col + w.length() > 70) {
                b.append('\n');
                col = 0;
            } else if (col > 0) {
                b.append(' ');
                col++;
            }
            b.append(w);
            col += w.length();
        }
        return b.toString();
    }

    @Test
    void aLabelledBlogTitleGivesWayToTheHeadlineItRepeatsAndALeadCutOffIsStillALead() {
        ArticleInput labelled = one("""
                Tuesday, April 10, 2012

                World News: Africa: Floods Kill 20 in Northern Ghana

                World News: Africa
                Floods Kill 20 in Northern Ghana
                Apr 10th 2012, 08:36

                Officials in Ghana say floods killed at least 20 people in the northern region on Monday.
                """);
        assertEquals("Floods Kill 20 in Northern Ghana", labelled.headline());
        ArticleInput cut = one("""
                Voice of America
                Fire Kills 12 at Lagos Market
                Lagos — Nigeria's emergency agency says that 12 people were killed when a fire broke out at a market in the cen
                """);
        assertEquals("Fire Kills 12 at Lagos Market", cut.headline());
        assertEquals(1, cut.paragraphs().size());
    }

    @Test
    void aBroadcastSignOnNamesItsProducerAndItsReporter() {
        ArticleInput broadcast = one("""
                From Washington, this is VOA news. I'm Jane Ridley reporting. At least 12 people were killed in an airstrike on a market in northern Syria on Friday, a monitoring group told Reuters.
                """);
        assertEquals("Jane Ridley", broadcast.author());
        assertEquals("VOA", broadcast.source(), "the broadcast's producer, not the agency a source spoke to");
        assertTrue(broadcast.people().stream().noneMatch(p -> p.name().equals("Jane Ridley")), broadcast.people().toString());
    }

    @Test
    void aProgrammesSignOnNamesItsOutletAndItsPresenter() {
        // invented transcripts of bulletins: the programme's sign-on, the presenter, then the stories
        for (String[] signOn : new String[][] {
                {"Good day, this is the Audio Wikinews Brief for Sunday, March 3, 2011. I'm Jane Ridley, and here are today's stories.", "Wikinews"},
                {"The time is 21:00 UTC, this is the VOA Africa News Tonight. I'm Jane Ridley with the headlines.", "VOA"},
                {"Hello, this is Al Jazeera World News. I'm Jane Ridley in Doha.", "Al Jazeera"}}) {
            ArticleInput a = one("Taliban Kill Afghan Deputy Governor\n\n" + signOn[0] + "\n\n" + BODY);
            assertEquals("Jane Ridley", a.author(), signOn[0]);
            assertEquals(signOn[1], a.source(), signOn[0]);
        }
        // a story that quotes someone introducing themselves has no presenter
        ArticleInput quoted = one("Taliban Kill Afghan Deputy Governor\n\n" + BODY + "\n\n"
                + "\"I'm Ahmad Wali, and this is my village,\" a farmer told reporters.");
        assertNull(quoted.author());
    }

    @Test
    void aBulletinsTitleDatesItButAHeadlineThatNamesAComingDayDoesNot() {
        for (String title : List.of("World Radio News in Brief for March 3, 2011 21:00 UTC", "Africa Newscast for March 3, 2011",
                "Evening Bulletin for Thursday, March 3, 2011")) {
            ArticleInput a = one(title + "\n\n" + BODY);
            assertEquals(LocalDate.of(2011, 3, 3), a.publishedOn(), title);
        }
        ArticleInput coming = one("Afghan Vote Set for March 3, 2011\n\n" + BODY);
        assertNull(coming.publishedOn());
    }

    @Test
    void aPhotosLabelledCreditMakesItsLineACaptionNotAHeadline() {
        ArticleInput a = one("""
                Rescuers carry the wounded from the market in Bama, Nigeria, on Tuesday. (Photo: A. Bello/VOA)
                Rescuers carry the wounded from the market in Bama, Nigeria, on Tuesday. (Photo: A. Bello/VOA)

                """ + BODY);
        assertEquals(HeadlineBasis.FIRST_SENTENCE, a.headlineBasis(), a.headline());
        assertTrue(a.photos().stream().anyMatch(p -> p.caption().startsWith("Rescuers carry")), a.photos().toString());
    }

    @Test
    void aPagesRatingStarsAndItsDateStampInChineseOrJapaneseAreFurniture() {
        ArticleInput a = one("★☆☆Taliban Kill Afghan Deputy Governor\n\n2014年10月23日 ★☆☆, VOA, 未分類.\n\n" + BODY);
        assertEquals("Taliban Kill Afghan Deputy Governor", a.headline());
        assertEquals(LocalDate.of(2014, 10, 23), a.publishedOn());
        assertEquals("VOA", a.source());
    }

    @Test
    void aWikiPageNamedByItsDateGivesTheDateAndTheSite() {
        ArticleInput category = one("Category:March 3, 2011\n\nTaliban Kill Afghan Deputy Governor\n\n" + BODY);
        assertEquals(LocalDate.of(2011, 3, 3), category.publishedOn());
        ArticleInput briefs = one("Wikinews:Briefs/March 3, 2011\n\nTaliban Kill Afghan Deputy Governor\n\n" + BODY);
        assertEquals(LocalDate.of(2011, 3, 3), briefs.publishedOn());
        assertEquals("Wikinews", briefs.source());
    }

    @Test
    void aNewscastsTitleGivesItsDateAndItsSignOnItsVoiceWhereverTheScriptHasIt() {
        ArticleInput a = one("""
                VOA English Newscast: 1500 UTC March 3, 2011

                No media source currently available

                Direct link

                From Washington, this is VOA News.

                I'm Jane Ridley reporting.

                """ + BODY);
        assertEquals(LocalDate.of(2011, 3, 3), a.publishedOn());
        assertEquals("Jane Ridley", a.author());
    }

    @Test
    void aPictureDesksLabelMakesItsLineACaptionWithoutCreditAndNoDateline() {
        // a caption cut short, then whole, as pages show them; the picture desks' labels of AFP, AP and Reuters
        for (String label : List.of("TOPSHOT - ", "FILE - ", "FILE PHOTO: ")) {
            String caption = label + "Firefighters work at a market hit by shelling in the city of Kherson, Ukraine, on March 2.";
            ArticleInput a = one("Taliban Kill Afghan Deputy Governor\n\n" + caption.substring(0, 60) + "…\n"
                    + caption + "\n\n" + BODY);
            // the label is no dateline, and a picture's place, current or file, is where it was taken, not a dateline
            assertNull(a.dateline(), label);
            assertEquals(FIRST, a.paragraphs().get(0), label);
            assertTrue(a.photos().stream().anyMatch(p -> p.caption().contains("Firefighters work at a market hit by shelling")),
                    label + a.photos());
        }
    }

    @Test
    void aListingsEntryGivesItsSourceAndTheWritersNameByTheDateLineButNoHeadline() {
        // an aggregator's listing of reports: its count and sort box, the entry's stamp, kind and source, then the
        // story as its source published it (invented copy)
        for (String kind : List.of("report Voice of America", "News and Press Release from Voice of America")) {
            ArticleInput a = one("57 results found\nSort by: Date | Relevance\n4 Mar 2011 description\n" + kind
                    + "\n\nMarch 3, 2011 10:12 AM\nJane Ridley\n\n" + BODY);
            assertEquals(HeadlineBasis.FIRST_SENTENCE, a.headlineBasis(), a.headline());
            assertEquals("VOA", a.source(), kind);
            assertEquals("Jane Ridley", a.author(), kind);
            assertEquals(LocalDate.of(2011, 3, 3), a.publishedOn(), kind);
        }
    }

    @Test
    void aWikisHeadlineThatNamesItsCountryBeforeAColonIsAHeadlineNotADateline() {
        for (String headline : List.of("Afghanistan: Deputy governor killed in Logar ambush",
                "Afghanistan: Taliban ambush kills deputy governor, driver")) {
            ArticleInput a = one(headline + "\nTuesday, March 3, 2011\n" + BODY);
            assertEquals(headline, a.headline());
            assertEquals(HeadlineBasis.STATED, a.headlineBasis());
            assertNull(a.dateline(), headline);
            assertEquals(LocalDate.of(2011, 3, 3), a.publishedOn());
        }
    }

    @Test
    void aBoxOfRelatedStoriesBetweenTheParagraphsIsNavigation() {
        // a 2020s VOA page: each related story's headline printed twice, with its section and date (invented box)
        String[] paragraphs = BODY.split("\n+");
        String box = """
                Related Stories

                Gunmen Kill 12 at Village Market in Northern Burkina Faso
                Africa
                Gunmen Kill 12 at Village Market in Northern Burkina Faso
                Updated March 2, 2011 10:11 AM

                Dozens Killed in Attacks on Two Villages in Niger
                Africa
                Dozens Killed in Attacks on Two Villages in Niger
                Updated March 1, 2011 06:45 PM
                """;
        ArticleInput a = one("Asia\n\nTaliban Kill Afghan Deputy Governor\n\nBy VOA News\nUpdated March 3, 2011 04:12 PM\n\n"
                + paragraphs[0] + "\n\n" + box + "\n" + String.join("\n\n", Arrays.copyOfRange(paragraphs, 1, paragraphs.length)));
        assertEquals("Taliban Kill Afghan Deputy Governor", a.headline());
        assertEquals(paragraphs.length, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals(LocalDate.of(2011, 3, 3), a.publishedOn());
    }

    @Test
    void aPageOfBriefsGoesOnAfterEachBriefsSources() {
        // invented briefs page: each brief closes with its "Sources" heading, the next brief follows
        ArticleInput a = one("""
                News Briefs: June 4, 2009

                A compilation of brief news reports for Thursday, June 4, 2009.

                Floods cut roads in northern Peru

                Heavy rains have cut the main roads into the Peruvian town of Chachapoyas, officials in Amazonas region said on Thursday.

                Sources

                Bus crash kills nine in Bolivia

                This story has updates
                See Bolivian bus crash toll rises to 14, June 5, 2009

                A map of Bolivia

                A bus carrying market traders fell into a ravine near the Bolivian city of Sucre on Wednesday night, killing nine people and injuring twenty, police said.

                Sources

                Related news
                """);
        assertEquals("News Briefs: June 4, 2009", a.headline());
        assertTrue(a.paragraphs().stream().anyMatch(p -> p.contains("Sucre")), a.paragraphs().toString());
        assertFalse(a.paragraphs().stream().anyMatch(p -> p.contains("toll rises")), a.paragraphs().toString());
        assertTrue(a.places().stream().anyMatch(p -> p.name().equals("Sucre")), a.places().toString());
    }

    @Test
    void theSourcesOfAStoryEndIt() {
        ArticleInput a = one(FIRST_STORY_WITH_SOURCES);
        assertFalse(a.paragraphs().stream().anyMatch(p -> p.contains("Reuters")), a.paragraphs().toString());
    }

    private static final String FIRST_STORY_WITH_SOURCES = "Taliban Kill Afghan Deputy Governor\n\n" + BODY + """


            Sources

            Taliban ambush deputy governor in Logar province
            "Afghan deputy governor killed in ambush" — Reuters, March 3, 2011
            """;

    @Test
    void aVideoPagesPlayerIsFurnitureAndItsTitlePrintedTwiceIsOneHeadline() {
        ArticleInput a = one("""
                Taliban Kill Afghan Deputy Governor

                VOA News
                March 3, 2011

                Embed
                share
                Taliban Kill Afghan Deputy Governor
                Embed
                The code has been copied to your clipboard.
                width px height px
                No media source currently available
                0:00 0:01:42 0:00
                Download
                720p | 23,4MB

                """ + BODY);
        assertEquals(HeadlineBasis.STATED, a.headlineBasis());
        assertEquals(FIRST, a.paragraphs().get(0));
        assertEquals(LocalDate.of(2011, 3, 3), a.publishedOn());
        assertEquals("VOA", a.source());
    }

    @Test
    void aBlogsStampWithWhoPostedItGivesTheDate() {
        for (String stamp : List.of("Posted on March 4, 2011 by admin", "Published March 4, 2011 by Peace Desk")) {
            ArticleInput a = one("Taliban Kill Afghan Deputy Governor\n\n" + stamp + "\n\n" + BODY);
            assertEquals(LocalDate.of(2011, 3, 4), a.publishedOn(), stamp);
            assertEquals("Taliban Kill Afghan Deputy Governor", a.headline());
            assertNull(a.author(), stamp);
        }
    }

    @Test
    void anotherStorysHeadlineWithItsLeadBetweenTheParagraphsIsATeaser() {
        String[] paragraphs = BODY.split("\n+");
        String teaser = "Witnesses: Gunmen Kill 12 in Burkina Faso Market Attack\n"
                + "Gunmen on motorcycles killed 12 people at a village market in northern Burkina Faso, witnesses said on Monday.";
        ArticleInput a = one("Taliban Kill Afghan Deputy Governor\n\n" + paragraphs[0] + "\n\n" + teaser + "\n\n"
                + String.join("\n\n", Arrays.copyOfRange(paragraphs, 1, paragraphs.length)));
        assertEquals(paragraphs.length, a.paragraphs().size(), a.paragraphs().toString());
        assertTrue(a.places().stream().noneMatch(p -> p.name().contains("Burkina")), a.places().toString());
    }

    @Test
    void aFeedPagesHeaderAndAProgrammesStandingBlurbAreNoStory() {
        // invented feed pages: the feed's name, description and freshness stamp, then a programme's item whose text
        // speaks to the reader, then the story
        for (String stamp : List.of("Updated: 2 hours 27 min ago", "Last updated 5 minutes ago", "Updated: 1 day 3 hours ago")) {
            for (String blurb : List.of(
                    "Listen to our hourly bulletin. Wherever you are, we bring you the headlines in five minutes.",
                    "Your world in ten minutes: every evening our correspondents tell you what happened today.")) {
                ArticleInput a = one("""
                        World Radio's Asia news

                        Subscribe to World Radio's Asia news feed World Radio's Asia news
                        """ + stamp + """


                        World Radio Bulletin

                        March 4, 2011 - 09:00
                        """ + blurb + """


                        Taliban Kill Afghan Deputy Governor

                        March 4, 2011 - 08:41
                        """ + BODY);
                assertEquals("Taliban Kill Afghan Deputy Governor", a.headline(), stamp + " / " + blurb);
                assertEquals(LocalDate.of(2011, 3, 4), a.publishedOn());
            }
        }
    }

    @Test
    void aHeadlineUnderAProgrammesStandingBlurbStartsTheStoryWithoutADateLine() {
        // invented programme pages that show no date: the programme's name, its blurb, then the story's headline
        for (String blurb : List.of(
                "Give us ten minutes and we will give you the world. Every hour our correspondents bring you the news.",
                "Your world in ten minutes: every evening our correspondents tell you what happened today.",
                "Wherever you are, we bring you the headlines. Tune in to our bulletin every hour.")) {
            for (String programme : List.of("World Radio Newscasts", "Asia Tonight")) {
                ArticleInput a = one(programme + "\n\n" + blurb + "\n\nTaliban Kill Afghan Deputy Governor\n\n" + BODY);
                assertEquals("Taliban Kill Afghan Deputy Governor", a.headline(), programme + " / " + blurb);
                assertEquals(FIRST, a.paragraphs().get(0), blurb);
            }
        }
    }

    @Test
    void aProgrammesBlurbThatNamesItsOutletGivesTheStorysSource() {
        for (String[] blurb : new String[][] {
                {"Around the clock, Voice of America keeps you in touch with the latest news. We bring you our reports.", "VOA"},
                {"Every evening Al Jazeera brings you the day's news. Join us at nine.", "Al Jazeera"},
                {"Stay with us: Xinhua gives you the world in five minutes.", "Xinhua"}}) {
            ArticleInput a = one("Newscasts\n\n" + blurb[0] + "\n\nTaliban Kill Afghan Deputy Governor\n\n" + BODY);
            assertEquals("Taliban Kill Afghan Deputy Governor", a.headline(), blurb[0]);
            assertEquals(blurb[1], a.source(), blurb[0]);
        }
    }

    @Test
    void anOutletsLabelAboveTheDateIsNoHeadline() {
        // invented republished copies without a headline: the outlet's label, the date line, the story
        for (String[] label : new String[][] {{"Voice of America News", "VOA"}, {"Reuters News", "Reuters"},
                {"Al Jazeera News", "Al Jazeera"}, {"The Associated Press News", "AP"}}) {
            for (String date : List.of("October 30, 2011", "Sunday, October 30, 2011")) {
                ArticleInput a = one(label[0] + "\n" + date + "\n" + BODY);
                assertEquals(FIRST, a.headline(), label[0]);
                assertEquals(label[1], a.source(), label[0]);
                assertEquals(LocalDate.of(2011, 10, 30), a.publishedOn(), label[0]);
            }
        }
    }

    @Test
    void aStoryThatQuotesSomeoneSpeakingToTheReaderIsStillAStory() {
        String quote = "\"We ask you to stay at home,\" the interior minister told residents of Kabul on Friday.";
        ArticleInput a = one("Minister Urges Calm\n\nMarch 4, 2011\n\n" + quote);
        assertTrue(a.paragraphs().contains(quote), a.paragraphs().toString());
    }

    @Test
    void aFeedPagesSubscribeLineNamesTheOutletOfItsItems() {
        // invented feed pages of known outlets: the items carry no credit of their own
        for (String[] feed : new String[][] {{"Voice of America’s Africa news", "VOA"}, {"Xinhua's English service", "Xinhua"},
                {"Al Jazeera world news", "Al Jazeera"}, {"Anadolu Agency RSS", "Anadolu"}}) {
            ArticleInput a = one(feed[0] + "\n\nSubscribe to " + feed[0] + " feed " + feed[0]
                    + "\nUpdated: 12 min ago\n\nTaliban Kill Afghan Deputy Governor\n\nMarch 4, 2011 - 08:41\n" + BODY);
            assertEquals(feed[1], a.source(), feed[0]);
        }
    }

    @Test
    void aBlogsSearchBoxIsNoBylineAndTheOutletsBoxUnderTheHeadlineIsTheSource() {
        for (String search : List.of("Search This Blog", "Search this site", "Search")) {
            ArticleInput a = one(search + "\n\nTuesday, March 4, 2011\n\nTaliban Kill Afghan Deputy Governor\n\nVOA News\n" + BODY);
            assertEquals("VOA", a.source(), search);
            assertNull(a.author(), search);
        }
        ArticleInput named = one("Taliban Kill Afghan Deputy Governor\n\nJane Doe\nVOA News\n\n" + BODY);
        assertEquals("VOA", named.source());
        assertEquals("Jane Doe", named.author());
    }

    @Test
    void aCountryAloneOnItsLineAboveTheHeadlineIsThePagesSectionNotADateline() {
        for (String section : List.of("USA", "AFRICA", "PAKISTAN", "Ukraine")) {
            ArticleInput a = one("Breaking News\n" + section + "\n\nTaliban Kill Afghan Deputy Governor\n\n" + BODY);
            assertNull(a.dateline(), section);
            assertEquals("Taliban Kill Afghan Deputy Governor", a.headline(), section);
        }
        ArticleInput dated = one("Taliban Kill Afghan Deputy Governor\n\nKABUL —\n" + BODY);
        assertEquals("Kabul", dated.dateline());
    }

    @Test
    void aListingOfTeasersPrintedWithoutFullStopsGivesEachTeaserRatherThanNothing() {
        // a section page: each teaser a picture caption, a headline and a line of text with no full stop (invented copy)
        for (String gap : List.of("\n\n", " \n\n", "\n\n    ")) {
            String page = String.join(gap, "FILE - Cranes stand idle at the container terminal in Tema, Ghana, March 3, 2019.",
                    "Harbour Workers Strike Over Unpaid Wages in Port City",
                    "Dockers say they have not been paid for three months and will stay out until the money arrives ",
                    "FILE - A farmer inspects a field of millet near Tamale, Ghana, June 5, 2021.",
                    "Farmers Turn to Drought-Resistant Millet After Poor Rains",
                    "Growers in the north say the crop needs half the water of maize and sells for a better price",
                    "Court Frees Opposition Activist on Bail After Six Months",
                    "The judge said the prosecution had failed to bring its witnesses to three hearings in a row");
            List<ArticleInput> drafts = extractor.extract(page, null);
            assertEquals(List.of("Harbour Workers Strike Over Unpaid Wages in Port City",
                    "Farmers Turn to Drought-Resistant Millet After Poor Rains", "Court Frees Opposition Activist on Bail After Six Months"),
                    drafts.stream().map(ArticleInput::headline).toList(), gap);
            assertTrue(drafts.get(1).paragraphs().get(0).startsWith("Growers in the north"), gap);
        }
        // a story whose lines all end in full stops is read as before: its sub-headed sections stay in it
        ArticleInput a = one("Harbour Workers Strike Over Unpaid Wages\n\nDockers in Tema said on Monday they had not been paid."
                + "\n\nUnion Calls for Talks\n\nThe union asked the port authority to meet it this week.");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void aPageNamedByItsDayWithItsStampUnderItHasTheDayForTitle() {
        // a picture gallery or a photo post named by its day (invented copy)
        String captions = "A fisherman mends his nets at dawn on the shore of Lake Malawi near Mangochi, Malawi.\n\n"
                + "\"Peru Harvest\"\n\nFarmers carry sacks of potatoes down a terraced hillside near Cusco, Peru. (Reuters)\n";
        for (String[] page : List.of(new String[] {"March 9, 2017", "Published March 9, 2017"},
                new String[] {"October 14, 2021", "October 14, 2021 3:05 PM"},
                new String[] {"July 2, 2012", "Posted July 2nd, 2012 at 11:40 am (UTC-4)"})) {
            ArticleInput a = one("Day in Photos\n" + page[0] + "\n\n    " + page[1] + "\n\n" + captions);
            assertEquals(page[0], a.headline());
            assertEquals(HeadlineBasis.STATED, a.headlineBasis());
            assertEquals(DateResolver.fullDates(page[0]).get(0).date(), a.publishedOn());
        }
        // a date line over a headline is still a date line
        ArticleInput dated = one("March 9, 2017\n\nFishermen Return to Lake Malawi After Ban Ends\n\n" + captions);
        assertEquals("Fishermen Return to Lake Malawi After Ban Ends", dated.headline());
    }

    @Test
    void aTitleEndingInItsDayDatesThePageAndKeepsItsSubheadsUnderIt() {
        // a programme's rundown and a weekly digest with sub-headed sections (invented copy)
        String sections = "\n\nService Expands Coverage of Flooding in the Delta\n\nThe service's reporters in Dhaka and "
                + "Khulna filed daily reports on the floods, which were watched by more than 40,000 viewers.\n\n"
                + "New Podcast on Farming Draws Listeners\n\nThe weekly podcast on farming in the delta drew 12,000 listeners.\n";
        for (String[] title : List.of(new String[] {"Radio Bulletin Headlines, Thursday, March 3, 2011", "2011-03-03"},
                new String[] {"Weekly Programme Highlights: June 9, 2019", "2019-06-09"},
                new String[] {"Evening Programme Highlights, October 21, 2020", "2020-10-21"})) {
            ArticleInput a = one(title[0] + sections);
            assertEquals(title[0], a.headline());
            assertEquals(LocalDate.parse(title[1]), a.publishedOn(), title[0]);
        }
        // a headline without a date names no day
        assertNull(one("Floods Hit Dhaka, Khulna" + sections).publishedOn());
    }

    @Test
    void aBylineSetAsAListItemIsTheByline() {
        // a page whose byline box is a bulleted list item (invented copy)
        for (String[] byline : List.of(new String[] {"  • VOA News", "VOA"}, new String[] {"• Associated Press", "AP"},
                new String[] {"· Reuters", "Reuters"})) {
            ArticleInput a = one("Taliban Kill Afghan Deputy Governor\n\n" + byline[0] + "\n\n" + BODY);
            assertEquals("Taliban Kill Afghan Deputy Governor", a.headline());
            assertEquals(byline[1], a.source(), byline[0]);
        }
        assertEquals("Maria Lopez", one("Taliban Kill Afghan Deputy Governor\n\n• By Maria Lopez\n\n" + BODY).author());
    }
}
