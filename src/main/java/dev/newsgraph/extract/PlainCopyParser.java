package dev.newsgraph.extract;

import dev.newsgraph.domain.HeadlineBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copy as people paste it: one or more articles, each with or without a headline line, in any case, with a dateline,
 * byline, "Published" line, captions and page chrome around the body. A new article starts at a headline line whose
 * story opens with a dateline, byline or date line (a gap alone does not: pages space their paragraphs as they
 * like); a text that starts with its first
 * paragraph takes its first sentence as headline, and says so.
 */
final class PlainCopyParser {

    private static final int MAX_HEADLINE = 250;
    private static final int MAX_HEADLINE_WORDS = 30;
    /** As many paragraphs as an article may have ({@code ArticleInput}); more are not read. */
    private static final int MAX_PARAGRAPHS = 500;
    /** The heading of a box of links to other stories, which pages also set between a story's paragraphs. */
    private static final Pattern RELATED_BOX = Pattern.compile("(?i)^related (?:stories|articles|posts|content|coverage)\\s*:?$");
    /** Lines after which the story is over: the sources, links and comments of a page. */
    private static final Pattern END_OF_STORY = Pattern.compile("(?i)^(?:sources?|references|external links|related (?:news|articles|"
            + "stories|posts|coverage)|more (?:stories|news|on this)|comments|about the authors?|about this (?:story|article)|"
            + "share this:?|tags|topics|you may also like|more from .{1,40}|this page is archived\\b.*"
            + "|be the first to comment\\b.*|write (?:a|your) comment|leave a (?:reply|comment))\\s*:?$");

    private static final Pattern PUNCTUATION_RULE = Pattern.compile("([^\\p{L}\\p{N}\\s])\\1{2,}");
    /** "— Ahead of the visit, ...": a lead whose dateline's place the page left out. */
    /** An editor's note's first sentence, then more text on the same line. */
    private static final Pattern GLUED_NOTE = Pattern.compile("(?i)(?:editor['’]?s[’']? note|note to (?:editors|readers))\\s*:[^.!?]{5,200}[.!?]\\s+(?=\\p{Lu})");
    private static final Pattern DASH_LEAD = Pattern.compile("^\\s*[—–]\\s+\\p{Lu}");
    /** " by VOA News " between a flattened page's headline and its first sentence. */
    private static final Pattern GLUED_BYLINE = Pattern.compile("\\s[Bb]y\\s+(\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*){0,2})\\s+(?=\\p{Lu})");
    private static final String SMALL_WORD = "(?:a|an|and|as|at|by|for|from|in|of|on|or|over|the|to|with)";
    private static final String TITLE_WORD = "(?:\\p{Lu}[\\p{L}’'\\-]*|\\d[\\d,.%]*|" + SMALL_WORD + ")";
    /**
     * Four to fifteen title-case words (small words and figures allowed, but not last: "... Kill 9 in Kenya Police in
     * Marsabit said" ends at "Kenya"), then the space before a lead.
     */
    private static final String TITLE_RUN = "(" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){2,13}\\s+(?!" + SMALL_WORD
            + "\\s)" + TITLE_WORD + ")\\s+";
    /** A page flattened into one line without a byline: a title-case run, then a lead that opens "A|An|The" + lower case. */
    private static final Pattern GLUED_TITLE = Pattern.compile(TITLE_RUN + "(?=(?:A|An|The)\\s+\\p{Ll})");
    /**
     * The same run into a lead that opens with a capitalised word and two lower-case ones ("... in Afghanistan Afghan
     * officials say a ...", "... Officials in western Afghanistan say ..."): taken only from a page flattened into one
     * long paragraph, when the run and the lead's first sentence share two words.
     */
    private static final Pattern GLUED_TITLE_CAPITALISED_LEAD = Pattern.compile(TITLE_RUN
            + "(?=\\p{Lu}[\\p{L}’'\\-]*\\s+(?:(?:in|on|at|of|near|from)\\s+\\p{L}{3,}|(?!" + SMALL_WORD
            + "\\s)\\p{Ll}{2,}\\s+\\p{Ll}))");
    /** The longest line of hard-wrapped copy (wire copy wraps at 60 to 80 characters). */
    private static final int WRAP_WIDTH = 100;
    /** Characters of a paragraph that is a whole page flattened into one line. */
    private static final int FLATTENED_PAGE = 600;
    /** A photo credit on a line of its own: "Sadalmelik/Wikimedia Commons", "AP Photo/Jane Doe". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\p{Lu}[\\p{L}.'’ -]{1,40}/\\p{Lu}[\\p{L}.'’ -]{1,40}");
    /**
     * A picture desk's label opening a caption, whatever its credit: "FILE - A soldier ...", "TOPSHOT - Rescue teams
     * ...", "FILE PHOTO: ..."; a paragraph never opens so, and "TOPSHOT" is no dateline.
     */
    private static final Pattern DESK_LABEL = Pattern.compile("(?<label>FILE(?: PHOTO)?|File photo|ARCHIVE PHOTO|TOPSHOT)\\s*[-–—:]\\s+\\p{Lu}");
    /** A wiki's credit under its caption: "Image: Jane Doe.", "Photo: USGS.". */
    private static final Pattern LABELLED_CREDIT = Pattern.compile("(?:Image|Photo|Photograph|Picture)(?: credit)?: "
            + "(?<credit>\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,4}?)\\.?");
    /** "U.S." or "D.C." closing a line: an initialism's dot, not necessarily a sentence's. */
    private static final Pattern INITIALISM_END = Pattern.compile("(?:^|[\\s\"'‘“(])(?:\\p{Lu}\\.){2,}$");
    /** "Dept." or "Gov." closing a line: an abbreviation's dot ("... Unable to Agree - State Dept."). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:^|\\s)(?:Dept|Gov|Govt|Sen|Rep|Corp|Co|Inc|Ltd|Jr|Sr|Gen|Col"
            + "|Lt|Sgt|Capt|Dr|Min|Sec|Intl)\\.$");
    private static final String FOREIGN_SCRIPT = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsCyrillic}\\p{IsArabic}]";
    /**
     * A republisher's label in another script around the English headline: "VOA常速英语:French Hostage Freed",
     * "VOA标准英语2008年-Iranian Minister Optimistic(在线收听".
     */
    private static final Pattern FOREIGN_LABEL = Pattern.compile("^[^:：\\-–—]*" + FOREIGN_SCRIPT + "[^:：\\-–—]*[:：\\-–—]\\s*(?=\\p{IsLatin})"
            + "|\\s*[(（][^)）]*" + FOREIGN_SCRIPT + "[^)）]*[)）]?\\s*$");
    /**
     * A name, then a publication stamp: "Jane Doe Published March 02, 2023 | 06:05 PM", "Jane Doe 14 minutes ago Wed
     * 12th May 2021 | 08:30 PM".
     */
    private static final Pattern NAME_THEN_STAMP = Pattern.compile("(\\p{Lu}.{2,50}?)\\s+((?:Published|Updated|Posted|\\d+ "
            + "(?:minutes?|mins?|hours?|hrs?|days?) ago)\\b.+)");
    /** "Jane Doe VOA News July 30, 2016 ISLAMABAD—Afghan officials ...": a teaser's byline, date, dateline and lead. */
    private static final Pattern BYLINE_STAMP_LEAD = Pattern.compile("(?<byline>\\p{Lu}.{2,60}?)\\s+(?<stamp>(?:January|February|March|April"
            + "|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? \\d{1,2},"
            + " (?:19|20)\\d{2})\\s+(?<lead>\\p{Lu}.*)");
    /** "(@JaneDoe)" after a writer's name. */
    private static final Pattern SOCIAL_HANDLE = Pattern.compile("\\s*\\(@[\\w.]{2,40}\\)$");
    /** "(Xinhua) 14:06, May 27, 2023": the agency, then the time stamp of the page that prints its copy. */
    private static final Pattern AGENCY_STAMP = Pattern.compile("\\(\\s*(?<agency>[^()]{2,30}?)\\s*\\)\\s*(?<stamp>\\S.{5,60})");
    private static final Pattern CLOSING_MARKS = Pattern.compile("[\"'”’»)\\]\\s]+$");
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\"'“‘]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?$");
    /** A wrapped line that closes its sentence, or its quotation or a colon's lead-in. */
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile(".*[.!?:\"”’]$");
    /**
     * A sentence that ends inside the line and another that starts after it ("... Sunday, September 21, 2008. I'm Kevin
     * Fields, and here are ..."): a paragraph that lost its last full stop, not a headline. The word before the stop is
     * a lower-case word or a year, not an abbreviation ("Gen.", "U.S.").
     */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("(?:\\b\\p{Ll}{4,}|\\b(?:1[89]|20)\\d\\d)\\. \\p{Lu}");
    /** The dots that close a truncated title ("... Dead in So..."). */
    private static final Pattern TRUNCATION_MARK = Pattern.compile("(?:\\.\\.\\.|…)$");
    /** A verb of saying: reporting prose, not a picture's description. */
    private static final Pattern SAYING = Pattern.compile("\\b(?:said|says|told|reported|according to)\\b");
    /** A numbered list item's number opening a line ("4. Health Report", "12) Sports"). */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*\\d{1,2}[.)]\\s+\\S");
    /** A list item's bullet opening a line. */
    private static final Pattern BULLET = Pattern.compile("\\s*[•·*▪◦‣–-]\\s");
    /**
     * A page's headline, agency, time stamp and lead run into one line: "S China explosion kills 2( Xinhua) 20:56,
     * September 09, 2013 Two people were killed ...".
     */
    private static final Pattern HEADLINE_STAMP_LEAD = Pattern.compile("(?<headline>\\S.{8,200}?)\\s*\\(\\s*(?<agency>[^()]{2,30}?)\\s*\\)"
            + "\\s*(?<stamp>\\d{1,2}:\\d{2},?\\s+[^.:]{6,30}?\\d{4})\\s+(?<lead>\\p{Lu}.*)");
    /** What a bare date line may hold besides its date: a weekday and punctuation. */
    private static final Pattern WEEKDAY = Pattern.compile("(?i)[\\s,.]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\\s,.]*");
    /** "By " opening a line. */
    private static final Pattern BY_WORD = Pattern.compile("(?i)by\\s");
    /** Words of four letters or more that say nothing of a story's subject. */
    private static final Set<String> COMMON_WORDS = Set.of("this", "that", "with", "from", "have", "has",
            "were", "what", "when", "where", "which", "will", "would", "said", "says", "they", "their", "there", "after",
            "about", "over", "into", "more", "news", "than", "been", "also", "some", "other");
    /**
     * A date after a dash at the end of a headline, or after a programme's name ("VOA Newscast: 2100 UTC May 9, 2015",
     * "Studio 7 Headlines, Monday, March 14, 2016").
     */
    private static final Pattern HEADLINE_DATE = Pattern.compile("(?:\\s[-–—|]|[:,])\\s+(\\S.{5,30})$");
    /** A compilation's title names its kind: "Wikinews Audio Briefs", "Audio Wikinews transcript – 2005 08 19". */
    private static final Pattern COMPILATION = Pattern.compile("\\b(?:[Bb]riefs?|[Nn]ewscasts?|[Bb]ulletins?|[Tt]ranscripts?|[Ss]horts"
            + "|[Rr]oundup|[Dd]igest|[Hh]eadlines)\\b");
    /** A bulletin's title dates it: "Wikinews News in Brief for September 21, 2008 21:00 UTC". */
    private static final Pattern BULLETIN_DATE = Pattern.compile(
            "\\b(?:[Bb]riefs?|[Nn]ewscasts?|[Bb]ulletins?|[Nn]ews|[Uu]pdates?|[Rr]oundup|[Dd]igest|[Ee]dition) for (\\S.{5,40})$");

    private final FeedParser captions;

    PlainCopyParser(FeedParser captions) {
        this.captions = captions;
    }

    /** The date stamped at the end of a headline or a bulletin's title, or null. */
    private static String dateStamp(String title) {
        for (Pattern stamp : List.of(HEADLINE_DATE, BULLETIN_DATE)) {
            Matcher m = stamp.matcher(title);
            if (m.find() && !DateResolver.fullDates(m.group(1)).isEmpty()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** One kind of line of the copy; LISTED is the headline of a story on a listing page (see {@link #listedStories}). */
    private enum Kind { CHROME, NOTE, PROVENANCE, DATE, BYLINE, NAME, DATELINE, CAPTION, END, HEADLINE, LISTED, BODY, GAP }

    /** A line and its kind; a caption's line with the caption read from it. */
    private record Line(String text, Kind kind, RawArticle.RawCaption caption) {
        Line(String text, Kind kind) {
            this(text, kind, null);
        }
    }

    List<RawArticle> parse(List<String> rawLines) {
        return parse(rawLines, null);
    }

    /** The articles of the lines; with a headline already known (a feed item's), the first article has it. */
    List<RawArticle> parse(List<String> rawLines, String knownHeadline) {
        List<Line> lines = classify(unwrap(rawLines));
        List<RawArticle> out = parse(lines, knownHeadline, false);
        // copy whose every line is headline-shaped (a listing of teasers printed without full stops) gives nothing
        // when read as articles; it is read again as teasers rather than lost
        return out.isEmpty() ? parse(lines, knownHeadline, true) : out;
    }

    /**
     * The articles of the classified lines. As teasers, a sentence-case line under a headline is the teaser's text even
     * without a full stop, and a headline with such a text under it opens the next teaser.
     */
    private List<RawArticle> parse(List<Line> lines, String knownHeadline, boolean teasers) {
        List<RawArticle> out = new ArrayList<>();
        Draft draft = new Draft();
        String pageOutlet = null;
        if (knownHeadline != null) {
            draft.headline = knownHeadline;
            draft.headlineFixed = true;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher cited = draft.ended ? CITATION.matcher(line.text) : null;
            if (cited != null && cited.lookingAt()) {
                // entries run together when the copy's lines were joined: each is cited
                do {
                    String writer = cited.group("agency");
                    if (writer != null && Lexicons.get().agenciesBySurface.containsKey(writer)) {
                        draft.cite(writer); // "Associated Press. "Title" — ...": the agency wrote it; a person's name is its writer
                    }
                    draft.cite(cited.group("outlet"));
                } while (cited.find());
                continue;
            }
            switch (line.kind) {
                case LISTED -> {
                    // a listing page's story: what came before it was another story, or the page's header, whose
                    // outlet and date are the first story's
                    Draft next = draft.paragraphs.isEmpty() ? draft.storyUnderHeader(draft.published) : new Draft();
                    draft.flush(out, pageOutlet);
                    draft = next;
                    draft.offerHeadline(line.text);
                }
                case NAME, HEADLINE -> {
                    if (!draft.paragraphs.isEmpty() && creditClosesAbove(lines, i) && draft.headline != null
                            && titleCase(draft.headline) == titleCase(line.text)) {
                        // "Source : wikinews", "from Voice of America http://..." closed the item above: a listing
                        // whose items each end with the credit of the outlet they came from, its headlines set in one
                        // style; a site's own box after a story's credit ("World press about Ukraine") is set in another
                        draft.flush(out, pageOutlet);
                        draft = new Draft();
                        draft.offerHeadline(line.text);
                    } else if (line.kind == Kind.NAME && draft.headline != null && draft.paragraphs.isEmpty()) {
                        // a name alone under the headline is its writer's byline
                        draft.nameUnderHeadline(new CopyLines.Byline(line.text.replaceAll(",$", "").strip(), null));
                    } else if (line.kind == Kind.NAME && (draft.paragraphs.isEmpty() && besideDateLine(lines, i) || overDashLead(lines, i))) {
                        // and so is one next to the date line of a page that shows no headline, or one over the lead
                        // whose dateline lost its place ("— Ahead of the visit, ...")
                        draft.byline(new CopyLines.Byline(line.text.replaceAll(",$", "").strip(), null));
                    } else if (line.kind == Kind.NAME && !looksLikeHeadline(line.text)) {
                        continue;
                    } else if (draft.paragraphs.isEmpty() && !(teasers && dek(draft, line.text))) {
                        draft.offerHeadline(line.text);
                    } else if (draft.paragraphs.isEmpty()) {
                        draft.addParagraph(line.text);
                    } else if (draft.pageHeader() && datedAbove(lines, i) != null) {
                        // a site's name and standing tagline, then the story's date ("Myanmar, March 3, 2021") and
                        // headline: the text so far was the page's, not a story
                        draft = draft.storyUnderHeader(datedAbove(lines, i));
                        draft.offerHeadline(line.text);
                    } else if (draft.standingText() && headsTheTextUnderIt(lines, i, draft)) {
                        // a site's standing text (its editor's credit, its motto), then a headline that the paragraph
                        // under it takes up and the text above it never mentions: the story starts at the headline
                        draft = draft.storyUnderHeader(null);
                        draft.offerHeadline(line.text);
                    } else if (draft.onlyBlurb()) {
                        // a programme's name and standing blurb ("Give us 5 minutes, and we'll give you the world"),
                        // then a headline: the story starts there, dated or not
                        draft = draft.storyUnderBlurb();
                        draft.offerHeadline(line.text);
                    } else if (startsStory(lines, i) || datedPost(lines, i) || teasers && startsTeaser(lines, i)) {
                        draft.flush(out, pageOutlet);
                        draft = new Draft();
                        draft.offerHeadline(line.text);
                    } else if (!draft.ended) {
                        // a subhead, or a sentence that lost its full stop (kept as text)
                        draft.subhead(line.text);
                        if (prose(line.text)) {
                            draft.addParagraph(line.text);
                        }
                    }
                }
                case BODY -> {
                    if (!draft.ended) {
                        draft.addParagraph(line.text);
                    }
                }
                case DATELINE -> draft.dateline(Dateline.line(line.text));
                case BYLINE -> {
                    CopyLines.Byline byline = CopyLines.byline(line.text);
                    if (!draft.paragraphs.isEmpty() && byline.author() == null && headlineUnder(lines, i)) {
                        // "Voice of America" over a headline after a story's text: an aggregator credits each item
                        // above its headline, so the outlet's line opens the next item
                        draft.flush(out, pageOutlet);
                        draft = new Draft();
                    }
                    draft.byline(byline);
                }
                case PROVENANCE -> draft.provenance(CopyLines.provenance(line.text));
                case DATE -> {
                    if ((draft.paragraphs.isEmpty() || draft.pageHeader()) && titledByDate(lines, i)) {
                        // a gallery or a post named by its day ("May 1, 2018"), its stamp under it: the day is the
                        // title, and the lines under it (numbered captions, quoted picture titles) are not; what
                        // came before it was the page's menu
                        if (!draft.paragraphs.isEmpty()) {
                            draft = draft.storyUnderHeader(null);
                        }
                        draft.headline = line.text.strip();
                        draft.headlineFixed = true;
                    } else {
                        if (draft.headline == null && draft.paragraphs.isEmpty() && CopyLines.isDatedWikiPageName(line.text)) {
                            draft.pageName = line.text.strip();
                        }
                        draft.date(CopyLines.dateLine(line.text));
                    }
                }
                case NOTE -> draft.reporter(CopyLines.trailerReporter(line.text));
                case CAPTION -> {
                    if (!draft.ended) {
                        draft.captions.add(line.caption);
                    }
                }
                case END -> draft.ended = !draft.paragraphs.isEmpty();
                case CHROME -> {
                    // a feed page's subscribe line names the outlet of every item on the page
                    String outlet = CopyLines.feedOutlet(line.text);
                    pageOutlet = outlet != null ? outlet : pageOutlet;
                }
                default -> {
                    // editorial notes and blank lines are dropped
                }
            }
        }
        draft.flush(out, pageOutlet);
        return out;
    }

    /**
     * A headline-shaped line inside the story that is prose, not a subhead or the headline printed again: a sentence in
     * sentence case that lost its full stop ("Officials say at least 65 people were wounded"), or a line that
     * introduces what follows ("X told VOA:").
     */
    private static boolean prose(String line) {
        return Text.SPACES.split(line).length >= 8 && !titleCase(line) || line.endsWith(":");
    }

    /**
     * A teaser's text under its headline, printed without a full stop ("African Union force says it has information
     * ..."): a sentence in sentence case under a headline of more than a kicker's three words. Without it a listing of
     * such teasers has headlines only, and gives no story at all.
     */
    private static boolean dek(Draft draft, String line) {
        return draft.headline != null && Text.SPACES.split(draft.headline).length > 3 && prose(line)
                && !ENDS_LIKE_SENTENCE.matcher(line).matches();
    }

    /** Whether the headline-shaped line at i has a teaser's text under it (see {@link #dek}). */
    private static boolean startsTeaser(List<Line> lines, int i) {
        int next = i + 1;
        while (next < lines.size() && (lines.get(next).kind == Kind.GAP || lines.get(next).kind == Kind.CAPTION)) {
            next++;
        }
        return next < lines.size() && lines.get(next).kind == Kind.HEADLINE && !prose(lines.get(i).text)
                && prose(lines.get(next).text) && !ENDS_LIKE_SENTENCE.matcher(lines.get(next).text).matches();
    }

    /** Whether the nearest line above line i, blank lines aside, is a line that only credits the outlet of the copy. */
    private static boolean creditClosesAbove(List<Line> lines, int i) {
        int above = nearest(lines, i, -1);
        return above >= 0 && lines.get(above).kind == Kind.PROVENANCE;
    }

    /** Whether the nearest line after line i, blank lines aside, is headline-shaped. */
    private static boolean headlineUnder(List<Line> lines, int i) {
        Kind next = nearestKind(lines, i, 1);
        return next == Kind.HEADLINE || next == Kind.LISTED;
    }

    /**
     * Whether line i is a bare date ("June 26, 2013") with a stamp of the same day under it, blank lines aside
     * ("Published June 26, 2013", "May 01, 2018 1:41 PM", "Posted December 28th, 2011 at 2:23 pm"): a page named by its
     * day. A bare date alone, or over a stamp of another day, is a date line.
     */
    private static boolean titledByDate(List<Line> lines, int i) {
        String text = lines.get(i).text.strip();
        List<DateResolver.FoundDate> dates = DateResolver.fullDates(text);
        if (dates.size() != 1 || !dates.get(0).text().strip().equals(text)) {
            return false;
        }
        int next = nearest(lines, i, 1);
        CopyLines.DateLine stamp = next >= 0 && lines.get(next).kind == Kind.DATE ? CopyLines.dateLine(lines.get(next).text) : null;
        return stamp != null && stamp.date().equals(dates.get(0).date()) && !lines.get(next).text.strip().equals(text);
    }

    /** Whether the nearest line before or after line i, blank lines aside, is a date line. */
    private static boolean besideDateLine(List<Line> lines, int i) {
        return nearestKind(lines, i, -1) == Kind.DATE || nearestKind(lines, i, 1) == Kind.DATE;
    }

    /** Whether the nearest line after line i, blank lines aside, is a paragraph opening with a dateline's dash. */
    private static boolean overDashLead(List<Line> lines, int i) {
        int next = nearest(lines, i, 1);
        return next >= 0 && lines.get(next).kind == Kind.BODY && DASH_LEAD.matcher(lines.get(next).text).lookingAt();
    }

    /** The date of the nearest line before line i, blank lines aside, if it is a date line or a dateline with a date. */
    private static CopyLines.DateLine datedAbove(List<Line> lines, int i) {
        int j = nearest(lines, i, -1);
        if (j < 0) {
            return null;
        }
        Line above = lines.get(j);
        if (above.kind == Kind.DATE) {
            return CopyLines.dateLine(above.text);
        }
        Dateline dated = above.kind == Kind.DATELINE ? Dateline.line(above.text) : null;
        return dated == null || dated.date() == null ? null
                : new CopyLines.DateLine(dated.date(), above.text.strip(), false, null);
    }

    /** The kind of the nearest line before (step -1) or after (step 1) line i, blank lines aside; null at either end. */
    private static Kind nearestKind(List<Line> lines, int i, int step) {
        int j = nearest(lines, i, step);
        return j < 0 ? null : lines.get(j).kind;
    }

    /** The index of the nearest line after line i (step 1) or before it (step -1), blank lines aside; -1 if none. */
    private static int nearest(List<Line> lines, int i, int step) {
        int j = i + step;
        while (j >= 0 && j < lines.size() && lines.get(j).kind == Kind.GAP) {
            j += step;
        }
        return j >= 0 && j < lines.size() ? j : -1;
    }

    /** Whether the headline-shaped line at i opens a new story rather than a subhead of the current one. */
    private static boolean startsStory(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 8; j++) {
            Line next = lines.get(j);
            switch (next.kind) {
                case DATELINE, BYLINE, DATE, NAME:
                    return true;
                case BODY:
                    return Dateline.lead(next.text) != null;
                case HEADLINE, END:
                    return false;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * Whether the title-case headline at line i shares two words or more with the paragraph under it and none with the
     * text read so far: it heads what follows, and what came before was the page's.
     */
    private static boolean headsTheTextUnderIt(List<Line> lines, int i, Draft draft) {
        int next = nearestText(lines, i);
        if (next < 0 || lines.get(next).kind != Kind.BODY || !titleCaseHeadline(lines.get(i))) {
            return false;
        }
        String headline = lines.get(i).text;
        return Draft.shared(headline, Draft.stems(lines.get(next).text)) >= 2
                && Draft.shared(headline, Draft.stems(String.join(" ", draft.paragraphs))) == 0;
    }

    /**
     * Whether the nearest line above line i, blank lines aside, is a bare date ("Tuesday, October 21, 2008", "05 March
     * 2010"): a blog or archive page dates each post above its title, so after a story's paragraphs such a headline
     * opens the next post.
     */
    private static boolean datedPost(List<Line> lines, int i) {
        int above = nearest(lines, i, -1);
        if (above < 0 || lines.get(above).kind != Kind.DATE) {
            return false;
        }
        String text = lines.get(above).text.strip();
        List<DateResolver.FoundDate> dates = DateResolver.fullDates(text);
        return dates.size() == 1 && WEEKDAY.matcher(text.replace(dates.get(0).text().strip(), "")).matches();
    }

    private List<Line> classify(List<String> raw) {
        List<Line> out = new ArrayList<>(raw.size());
        boolean inLinkBox = false;
        for (String text : raw) {
            // the bulleted items under "Other stories from Egypt" are links to other stories
            inLinkBox = CopyLines.opensLinkBox(text) || inLinkBox && BULLET.matcher(text).lookingAt();
            for (String part : parts(text)) {
                Matcher credit = LABELLED_CREDIT.matcher(part);
                Line above = out.isEmpty() ? null : out.get(out.size() - 1);
                if (credit.matches() && above != null && (above.kind == Kind.BODY || above.kind == Kind.HEADLINE)) {
                    // "A map showing the epicenter.", then "Image: USGS.": the line above was the picture's caption
                    out.set(out.size() - 1, new Line(above.text, Kind.CAPTION,
                            new RawArticle.RawCaption(above.text, credit.group("credit"), false)));
                    out.add(new Line(part, Kind.CHROME));
                } else {
                    Kind kind = part.isEmpty() ? Kind.GAP : inLinkBox ? Kind.CHROME : kind(part);
                    out.add(new Line(part, kind, kind == Kind.CAPTION ? caption(part) : null));
                }
            }
        }
        numberedMenu(out);
        closingCredit(out);
        cutLastText(out);
        boxesAfterClosingCredit(out);
        placeOverDateLine(out);
        countryLabelledHeadlines(out);
        linkBoxesWithinTheStory(out);
        sourcesBetweenStories(out);
        listedStories(out);
        if (!datedWikiPage(out)) {
            // the items of a page of briefs are its text, each headed like a teaser
            teasersWithinTheStory(out);
        }
        return out;
    }

    /**
     * An entry of a story's list of sources or related news, after its end: a dash, a wiki's reference letters ("aa."),
     * the agency or writer ("Associated Press.", "Jane Doe."), the quoted title, a dash and the outlet that printed it, then a
     * comma and its date ("- "Deadly unrest escalates" — BBC News Online, June 13, 2010"), which a date line may have taken.
     */
    private static final Pattern CITATION = Pattern.compile("[-•*–]\\s*(?:[a-z]{1,3}\\.\\s*)?(?:(?<agency>\\p{Lu}[\\p{L} &-]{1,40}?)\\.\\s+)?"
            + "[\"“][^\"”]{4,}[\"”]\\s*[—–-]\\s*(?<outlet>\\p{Lu}[^,—–\\d]{1,60}?)\\s*(?:,[^\"“]*?\\d|$)");

    /** The heading of a story's list of sources. */
    private static final Pattern SOURCES = Pattern.compile("(?i)sources?\\s*:?");
    /** How many lines a page may set between a story's headline and its first paragraph (notes, a map's caption). */
    private static final int HEADLINE_TO_BODY = 4;

    /**
     * "Sources", then another headline and, a few lines under it, its paragraphs: a page of short stories (a wiki's
     * briefs) lists each story's sources under it, so the page goes on with its next story rather than ending.
     */
    private static void sourcesBetweenStories(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind != Kind.END || !SOURCES.matcher(lines.get(i).text).matches()) {
                continue;
            }
            int next = nearest(lines, i, 1);
            if (next < 0 || lines.get(next).kind != Kind.HEADLINE) {
                continue;
            }
            int between = 0;
            for (int j = next + 1; j < lines.size() && between <= HEADLINE_TO_BODY && lines.get(j).kind != Kind.END; j++) {
                Kind kind = lines.get(j).kind;
                if (kind == Kind.BODY) {
                    lines.set(i, new Line(lines.get(i).text, Kind.CHROME));
                    break;
                }
                between += kind == Kind.GAP || kind == Kind.CHROME ? 0 : 1;
            }
        }
    }

    /**
     * "Related Stories", then other stories' headlines, sections and dates, then the story going on without a dateline of
     * its own: the box was set between the story's paragraphs, so it is navigation, not the story's end.
     */
    private static void linkBoxesWithinTheStory(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind != Kind.END || !RELATED_BOX.matcher(lines.get(i).text).matches()) {
                continue;
            }
            int after = i + 1;
            while (after < lines.size() && !EnumSet.of(Kind.BODY, Kind.END, Kind.BYLINE, Kind.DATELINE).contains(lines.get(after).kind)) {
                after++;
            }
            if (after < lines.size() && lines.get(after).kind == Kind.BODY && Dateline.lead(lines.get(after).text) == null) {
                for (int j = i; j < after; j++) {
                    lines.set(j, new Line(lines.get(j).text, Kind.CHROME));
                }
            }
        }
    }

    /**
     * A listing page (a tag, author or section page): before any paragraph, three or more headlines in title case in a
     * row, each with one paragraph under it (the story's summary, with or without its full stop) and the next headline
     * right after it. Each is a story of its own. An article's subheads come after its opening paragraphs, and a teaser
     * set between them stands alone.
     */
    private static void listedStories(List<Line> lines) {
        for (int start = 0; start < lines.size() && lines.get(start).kind != Kind.BODY; start++) {
            List<Integer> run = new ArrayList<>();
            for (int head = start; head >= 0 && titleCaseHeadline(lines.get(head)); ) {
                int summary = nearestText(lines, head);
                if (summary < 0 || !summary(lines.get(summary))) {
                    break;
                }
                run.add(head);
                run.add(summary);
                head = nearestText(lines, summary);
            }
            if (run.size() >= 6) {
                for (int k = 0; k < run.size(); k += 2) {
                    lines.set(run.get(k), new Line(lines.get(run.get(k)).text, Kind.LISTED));
                    lines.set(run.get(k + 1), new Line(lines.get(run.get(k + 1)).text, Kind.BODY));
                }
                return;
            }
        }
    }

    /** A headline-shaped line in title case, of four words or more, that is no unstopped sentence. */
    private static boolean titleCaseHeadline(Line line) {
        return line.kind == Kind.HEADLINE && titleCase(line.text) && Text.SPACES.split(line.text).length >= 4
                && !prose(line.text);
    }

    /** A story's summary under its headline: a paragraph, or a sentence in sentence case that lost its full stop. */
    private static boolean summary(Line line) {
        return line.kind == Kind.BODY || line.kind == Kind.HEADLINE && prose(line.text) && !titleCase(line.text);
    }

    /** The index of the nearest line after line i that holds text (blank lines, captions and chrome aside); -1 if none. */
    private static int nearestText(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!EnumSet.of(Kind.GAP, Kind.CAPTION, Kind.CHROME).contains(lines.get(j).kind)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the copy opens, before any paragraph, with a wiki page's name that dates it: a page of briefs or shorts. */
    private static boolean datedWikiPage(List<Line> lines) {
        for (Line line : lines) {
            if (line.kind == Kind.BODY) {
                return false;
            }
            if (line.kind == Kind.DATE && CopyLines.isDatedWikiPageName(line.text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Another story's headline with its lead right under it, set apart by blank lines between paragraphs that blank
     * lines also separate: a teaser the page put between the story's paragraphs, not a subhead and its paragraph.
     */
    private static void teasersWithinTheStory(List<Line> lines) {
        boolean storyStarted = false;
        for (int i = 1; i + 2 < lines.size(); i++) {
            storyStarted |= lines.get(i - 1).kind == Kind.BODY;
            if (!storyStarted || lines.get(i).kind != Kind.HEADLINE || lines.get(i + 1).kind != Kind.BODY
                    || lines.get(i - 1).kind != Kind.GAP || lines.get(i + 2).kind != Kind.GAP) {
                continue;
            }
            String headline = lines.get(i).text;
            // "NATURAL SOUND COLIN POWELL SPEAKING", then his words: a script's label and its quotation
            boolean scriptLabel = headline.equals(headline.toUpperCase(Locale.ROOT))
                    || "\"“‘'".indexOf(lines.get(i + 1).text.charAt(0)) >= 0;
            if (!scriptLabel) {
                lines.set(i, new Line(lines.get(i).text, Kind.CHROME));
                lines.set(i + 1, new Line(lines.get(i + 1).text, Kind.CHROME));
            }
        }
    }

    /**
     * "Kyrgyzstan: Violence continues, death toll rises" with the date line under it: a wiki's headline that names its
     * country before a colon, not a bulletin item's lead ("Nigeria: President Bola Tinubu has ...").
     */
    private static void countryLabelledHeadlines(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind != Kind.BODY || !looksLikeHeadline(line.text)) {
                continue;
            }
            Dateline.Lead lead = Dateline.lead(line.text);
            if (lead != null && lead.dateline().printed().strip().endsWith(":") && nearestKind(lines, i, 1) == Kind.DATE) {
                lines.set(i, new Line(line.text, Kind.HEADLINE));
            }
        }
    }

    /**
     * "Dakar", then "02 February 2008", then the story: a page that sets its dateline's place on a line of its own above
     * the date line, before any paragraph, in title case (a place in capitals is a dateline already).
     */
    private static void placeOverDateLine(List<Line> lines) {
        for (int i = 0; i < lines.size() && lines.get(i).kind != Kind.BODY; i++) {
            Line line = lines.get(i);
            String caps = line.text.strip().toUpperCase(Locale.ROOT);
            if (line.kind == Kind.CHROME && nearestKind(lines, i, 1) == Kind.DATE
                    && Character.isUpperCase(line.text.strip().charAt(0)) && Dateline.line(caps) != null) {
                lines.set(i, new Line(caps, Kind.DATELINE));
            }
        }
    }

    /**
     * "Some information for this report was provided by Reuters.", then a section label ("Day in Pictures", "Video
     * Features") and other stories' headlines and teasers: the story closed with its credit, and what the page sets
     * after it is navigation, up to a headline that opens a story of its own with a dateline, byline or date line (a
     * listing page's next story). A name-shaped line is no such opener here: section labels are title-case pairs.
     */
    private static void boxesAfterClosingCredit(List<Line> lines) {
        boolean story = false;
        boolean boxes = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (boxes && line.kind == Kind.HEADLINE && opensStoryOfItsOwn(lines, i)) {
                boxes = false;
                story = false;
            } else if (boxes && EnumSet.of(Kind.HEADLINE, Kind.NAME, Kind.BODY, Kind.CAPTION).contains(line.kind)) {
                lines.set(i, new Line(line.text, Kind.CHROME));
            } else if (story && (line.kind == Kind.BODY || line.kind == Kind.NOTE) && CopyLines.isClosingCredit(line.text)) {
                boxes = true;
            }
            story |= line.kind == Kind.BODY;
        }
    }

    /** Whether the headline at i has a dateline, byline or date line, or a lead with a dateline, under it. */
    private static boolean opensStoryOfItsOwn(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 8; j++) {
            Line next = lines.get(j);
            switch (next.kind) {
                case DATELINE, BYLINE, DATE:
                    return true;
                case BODY:
                    return Dateline.lead(next.text) != null;
                case HEADLINE, NAME, END:
                    return false;
                default:
                    break;
            }
        }
        return false;
    }

    /**
     * "Strong Earthquakes Strike Ecuador, Japan": a headline whose last word names a country reads like a dateline on a
     * line of its own, but its "place" is a clause of four words or more that no gazetteer entry names.
     */
    private static boolean headlineEndingInACountry(Dateline dated) {
        String place = dated.place().strip();
        return Text.SPACES.split(place).length >= 4 && Gazetteer.get().lookup(place).isEmpty();
    }

    /**
     * A site's menu printed as a numbered list before the story ("1. VOA Standard English", "2. Technology Report",
     * "3. Science in the News"): three or more numbered lines in a row before any paragraph are navigation, not headlines.
     */
    private static void numberedMenu(List<Line> lines) {
        for (int i = 0; i < lines.size() && lines.get(i).kind != Kind.BODY; i++) {
            int end = i;
            while (end < lines.size() && LIST_NUMBER.matcher(lines.get(end).text).lookingAt()) {
                end++;
            }
            for (int k = i; end - i >= 3 && k < end; k++) {
                lines.set(k, new Line(lines.get(k).text, Kind.CHROME));
            }
            i = Math.max(i, end - 1);
        }
    }

    /**
     * "Firefighters were still battling the fire on Saturday as winds pushed the flames toward": the copy ends inside
     * the text of its last story, which the cut left without a full stop and so shaped like a headline. It is text when
     * it is prose and sits where a story's text does, under a headline and its date or byline lines; a title under a
     * post's date line (a blog's next post, cut before its text) is not.
     */
    private static void cutLastText(List<Line> lines) {
        int last = nearest(lines, lines.size(), -1);
        if (last < 0 || lines.get(last).kind != Kind.HEADLINE || !prose(lines.get(last).text)
                || titleCase(lines.get(last).text) || lines.get(last).text.endsWith(":")) {
            return;
        }
        int above = nearest(lines, last, -1);
        boolean stamped = false;
        while (above >= 0 && EnumSet.of(Kind.DATE, Kind.BYLINE, Kind.DATELINE).contains(lines.get(above).kind)) {
            stamped = true;
            above = nearest(lines, above, -1);
        }
        if (stamped && above >= 0 && lines.get(above).kind == Kind.HEADLINE && titleCase(lines.get(above).text)) {
            lines.set(last, new Line(lines.get(last).text, Kind.BODY));
        }
    }

    /**
     * "... a police spokesman said. (AP)" as the copy's last line: the story's closing paragraph with the agency that
     * wrote it, not a photo's caption with its credit.
     */
    private static void closingCredit(List<Line> lines) {
        int last = nearest(lines, lines.size(), -1);
        if (last > 0 && lines.get(last).kind == Kind.CAPTION && lines.get(last).caption.credit() != null
                && lines.get(last).caption.credit().indexOf('/') < 0
                && SAYING.matcher(lines.get(last).caption.text()).find()) {
            lines.set(last, new Line(lines.get(last).text, Kind.BODY));
        }
    }

    /** The lines that one line of the copy holds: most hold one. */
    private static List<String> parts(String line) {
        Matcher stamped = HEADLINE_STAMP_LEAD.matcher(line);
        // the agency's parenthesis and the stamp's colon: most lines lack one, and the lazy headline is tried at every length
        if (line.indexOf('(', 1) >= 0 && line.indexOf(':', 1) >= 0 && stamped.matches()
                && CopyLines.byline(stamped.group("agency")) != null && CopyLines.dateLine(stamped.group("stamp")) != null
                && looksLikeHeadline(stamped.group("headline"))) {
            return List.of(stamped.group("headline"), stamped.group("agency"), stamped.group("stamp"), stamped.group("lead"));
        }
        Matcher teaser = BYLINE_STAMP_LEAD.matcher(line);
        if (line.contains(", ") && teaser.matches() && CopyLines.byline(teaser.group("byline")) != null && Dateline.lead(teaser.group("lead")) != null) {
            return List.of(teaser.group("byline"), teaser.group("stamp"), teaser.group("lead"));
        }
        Matcher agencyStamp = AGENCY_STAMP.matcher(line);
        if (agencyStamp.matches() && CopyLines.byline(agencyStamp.group("agency")) != null && CopyLines.dateLine(agencyStamp.group("stamp")) != null) {
            return List.of(agencyStamp.group("agency"), agencyStamp.group("stamp"));
        }
        // "Editor's Note: Audio will be added later.   The ferry sailed again on Sunday ...": a note run into the
        // story's one paragraph (a page whose paragraphs were joined) is its own line, the story's text another
        Matcher note = GLUED_NOTE.matcher(line);
        if (note.lookingAt() && isProse(line.substring(note.end()))) {
            return List.of(line.substring(0, note.end()).strip(), line.substring(note.end()).strip());
        }
        return bylineAndDate(line);
    }

    /**
     * "By JANE DOE Apr 30, 2018, 5:00 AM ET" or "Jane Doe Published March 02, 2023 | 06:05 PM": a byline and a date
     * line on one line, as two; any other line as it is.
     */
    private static List<String> bylineAndDate(String line) {
        if (line.length() > 120) {
            return List.of(line);
        }
        Matcher stamped = NAME_THEN_STAMP.matcher(line);
        if (stamped.matches()) {
            // "Jane Doe (@JaneDoe) Published ...": the writer's social-media handle is not part of the name
            String name = SOCIAL_HANDLE.matcher(stamped.group(1)).replaceFirst("");
            if (CopyLines.isNameLine(name) && CopyLines.dateLine(stamped.group(2)) != null) {
                return List.of(name, stamped.group(2));
            }
        }
        if (!Prefilter.matcher(BY_WORD, line).lookingAt()) {
            return List.of(line);
        }
        List<DateResolver.FoundDate> dates = DateResolver.fullDates(line);
        int at = dates.isEmpty() ? -1 : line.indexOf(dates.get(0).text());
        if (at <= 0) {
            return List.of(line);
        }
        String names = line.substring(0, at).replaceFirst("[\\s,|·•–—-]+$", "");
        String date = line.substring(at);
        return CopyLines.byline(names) != null && CopyLines.dateLine(date) != null ? List.of(names, date) : List.of(line);
    }

    /** A picture's caption: a line that ends with its credit, or one a picture desk's label opens. */
    private RawArticle.RawCaption caption(String line) {
        RawArticle.RawCaption credited = captions.caption(line);
        if (credited != null) {
            return credited;
        }
        Matcher desk = DESK_LABEL.matcher(line);
        return desk.lookingAt() ? new RawArticle.RawCaption(line, null, !desk.group("label").equals("TOPSHOT")) : null;
    }

    private Kind kind(String line) {
        if (END_OF_STORY.matcher(line).matches()) {
            return Kind.END;
        }
        if (CopyLines.isProvenanceLine(line)) {
            return Kind.PROVENANCE;
        }
        // a page's date, even where it is shaped like chrome ("Category:November 8, 2007")
        if (CopyLines.dateLine(line) != null) {
            return Kind.DATE;
        }
        if (CopyLines.isChrome(line) || PHOTO_CREDIT.matcher(line).matches() || LABELLED_CREDIT.matcher(line).matches()) {
            return Kind.CHROME;
        }
        if (CopyLines.isEditorialNote(line)) {
            return Kind.NOTE;
        }
        if (CopyLines.byline(line) != null) {
            return Kind.BYLINE;
        }
        Dateline dated = Dateline.line(line);
        if (dated != null && !headlineEndingInACountry(dated)) {
            return Kind.DATELINE;
        }
        if (CopyLines.isNameLine(line)) {
            return Kind.NAME;
        }
        if (caption(line) != null) {
            return Kind.CAPTION;
        }
        Dateline.Lead lead = Dateline.lead(line);
        if (lead != null && isProse(line) && !captions.looksLikeHeadline(lead.rest())) {
            // "Cairo — Egypt's health ministry says ... in the den": a lead cut off before its full stop; "Somalia:
            // Somali Police Officers Killed in Bombing", in title case, is a republisher's headline with its label
            return Kind.BODY;
        }
        if (looksLikeHeadline(line)) {
            return Kind.HEADLINE;
        }
        return isProse(line) ? Kind.BODY : Kind.CHROME;
    }

    /** Short, not a sentence that ends with a full stop, at least three words: whatever its case. */
    static boolean looksLikeHeadline(String line) {
        if (line.length() > MAX_HEADLINE || !plausible(line)) {
            return false;
        }
        String core = mayCloseWithMarks(line) ? CLOSING_MARKS.matcher(line).replaceAll("") : line;
        boolean sentenceEnd = core.endsWith(".") && !core.endsWith("...") && !(mayEndWithInitialOrAbbreviation(core)
                && (INITIALISM_END.matcher(core).find() || ABBREVIATION_END.matcher(core).find()) && titleCase(core));
        if (core.isEmpty() || sentenceEnd || core.endsWith(",") || core.endsWith(";")
                || core.indexOf(". ") > 0 && SENTENCE_INSIDE.matcher(core).find()) {
            return false;
        }
        int words = Text.SPACES.split(line).length;
        return words >= 3 && words <= MAX_HEADLINE_WORDS && Character.isLetterOrDigit(line.codePointAt(0))
                || words >= 3 && words <= MAX_HEADLINE_WORDS && "\"'“‘«([".indexOf(line.charAt(0)) >= 0;
    }

    /**
     * Whether the dot closing the line may close what {@link #INITIALISM_END} or {@link #ABBREVIATION_END} take: a
     * capital before it ("U.S."), or a capitalised run of two to four letters that nothing else precedes ("Dept.").
     * Most lines end with a sentence's last word, and both patterns are tried at every position of them.
     */
    private static boolean mayEndWithInitialOrAbbreviation(String core) {
        int dot = core.length() - 1;
        if (dot < 1 || Character.isUpperCase(core.codePointBefore(dot))) {
            return dot >= 1;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(core.charAt(start - 1))) {
            start--;
        }
        return dot - start >= 2 && dot - start <= 4 && Character.isUpperCase(core.charAt(start));
    }

    /** Whether most longer words are capitalised: a title, where a closing "U.S." is no full stop. */
    private static boolean titleCase(String line) {
        int longer = 0;
        int capitalised = 0;
        for (String w : WORD_BREAKS.split(line)) {
            if (w.length() >= 4) {
                longer++;
                capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return longer > 0 && capitalised * 4 >= longer * 3;
    }

    /** A paragraph of the story: words, mostly letters. */
    private static boolean isProse(String line) {
        if (!plausible(line) || line.indexOf(' ') < 0) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                letters++;
            }
        }
        return letters * 2 >= line.length() && (line.length() >= 25 || SENTENCE_END.matcher(line).find());
    }

    /**
     * Whether the line ends with a character {@link #CLOSING_MARKS} takes, or one its "$" may stand before: most lines
     * do not, and the pattern is tried at every position of them.
     */
    private static boolean mayCloseWithMarks(String line) {
        return !line.isEmpty() && "\"'”’»)] \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** English text, a rule of repeated punctuation ("______") counting as one character. */
    private static boolean plausible(String line) {
        return FeedParser.plausibleEnglish(mayHoldRule(line) ? PUNCTUATION_RULE.matcher(line).replaceAll("$1") : line);
    }

    /**
     * Whether {@link #PUNCTUATION_RULE} could match: a character three times in a row, or a surrogate (a character
     * outside the BMP repeated is no run of equal chars). Most lines have neither, and the pattern is tried at every
     * position.
     */
    private static boolean mayHoldRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isSurrogate(c) || i + 2 < line.length() && c == line.charAt(i + 1) && c == line.charAt(i + 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line may hold a character of {@link #FOREIGN_SCRIPT}, which both of {@link #FOREIGN_LABEL}'s shapes
     * need: all of those scripts lie above U+0400, outside the general punctuation (dashes, curly quotes) that English
     * headlines hold; the pattern's second shape is tried at every position.
     */
    private static boolean mayHoldForeignScript(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u0400' && (c < '\u2000' || c > '\u206F')) {
                return true;
            }
        }
        return false;
    }

    /** Hard-wrapped copy (agency wire, e-mail): the lines of a block that run on are joined into one paragraph. */
    static List<String> unwrap(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (!line.isEmpty()) {
                block.add(line);
                continue;
            }
            addBlock(out, block);
            out.add("");
        }
        addBlock(out, block);
        return out;
    }

    private static void addBlock(List<String> out, List<String> block) {
        if (wrapped(block)) {
            out.add(String.join(" ", block));
        } else {
            out.addAll(block);
        }
        block.clear();
    }

    private static boolean wrapped(List<String> block) {
        if (block.stream().anyMatch(l -> l.length() > WRAP_WIDTH)) {
            return false; // a line longer than any wrap width: lines of a page, each its own paragraph
        }
        if (block.size() > 1 && block.stream().anyMatch(CopyLines::isChrome)) {
            return false; // a player's title over its "please wait": lines of a page, not a wrapped paragraph
        }
        if (block.size() == 2) {
            // two wrapped lines: the first runs on into a second that continues its sentence
            String first = block.get(0);
            return first.length() >= 40 && !ENDS_LIKE_SENTENCE.matcher(first).matches()
                    && Character.isLowerCase(block.get(1).strip().charAt(0));
        }
        if (block.size() < 3) {
            return false;
        }
        int runOn = 0;
        for (int i = 0; i < block.size() - 1; i++) {
            String l = block.get(i);
            char next = block.get(i + 1).charAt(0);
            if (l.length() >= 40 && (!ENDS_LIKE_SENTENCE.matcher(l).matches() || Character.isLowerCase(next))) {
                runOn++;
            }
        }
        return runOn * 10 >= (block.size() - 1) * 6;
    }

    /** The article being read. */
    private static final class Draft {
        String headline;
        boolean headlineFixed;
        /** Headline-shaped lines after the headline, before the story: {@link #headlineOfStory()}. */
        final List<String> laterHeadlines = new ArrayList<>();
        String lastOffered;
        /** A name alone on the line under a headline-shaped line: the byline, if that line is the headline. */
        final Map<String, CopyLines.Byline> namesUnder = new HashMap<>();
        final List<RawArticle.RawCaption> captions = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        Dateline dateline;
        CopyLines.Byline byline;
        CopyLines.DateLine published;
        boolean publishedAboveHeadline;
        /** The date line read since the last headline-shaped line, before the story. */
        CopyLines.DateLine dateSinceOffer;
        /** The date line just above each headline-shaped line before the story. */
        final Map<String, CopyLines.DateLine> datedAbove = new HashMap<>();
        /** The outlet a provenance line or flattened byline names. */
        String producer;
        /** The reporter a wire service's trailer names ("Reporting by Jane Doe; Editing by John Roe"). */
        String reporter;
        boolean ended;
        /** The outlets the story's list of sources cites. */
        final Set<String> citedOutlets = new LinkedHashSet<>();
        int dateLines;
        /** The name of the wiki page the copy opens with, when it dates the page ("Wikinews:Briefs/October 18, 2007"). */
        String pageName;
        /** Headline-shaped lines within the story: its sections' subheads, a compilation's items, unstopped sentences. */
        int subheads;
        String firstSubhead;

        /**
         * Whether what was read so far can be a page's header rather than a story: a short headline-shaped line (a
         * site's name) or none, a paragraph or two (its standing tagline), no dateline or byline, and no date line but
         * the one that may stand above the next headline.
         */
        boolean pageHeader() {
            return paragraphs.size() <= 2 && dateline == null && byline == null && dateLines <= 1 && !headlineFixed
                    && (headline == null || Text.SPACES.split(headline).length <= 3);
        }

        /**
         * Whether what was read so far can be a site's standing text rather than a story's opening: no headline,
         * dateline or byline, and at most three short paragraphs that report nothing (an editor's credit, a motto, a
         * mission statement; a lead says who said what).
         */
        boolean standingText() {
            return headline == null && dateline == null && byline == null && paragraphs.size() <= 3
                    && paragraphs.stream().allMatch(p -> Text.SPACES.split(p).length <= 30 && !SAYING.matcher(p).find());
        }

        /** The story under a page's header: its date is the one above its headline, if any; the outlet the header named stays. */
        Draft storyUnderHeader(CopyLines.DateLine date) {
            Draft story = new Draft();
            story.producer = producer;
            if (date != null) {
                story.date(date);
            }
            return story;
        }

        /** The story under a programme's blurb, from the outlet the page or the blurb names. */
        Draft storyUnderBlurb() {
            Draft story = storyUnderHeader(null);
            paragraphs.forEach(p -> story.provenance(CopyLines.outletNamedIn(p)));
            return story;
        }

        /** Whether the text so far is only a programme's blurb that speaks to the reader, no story. */
        boolean onlyBlurb() {
            return !paragraphs.isEmpty() && dateline == null && paragraphs.stream().allMatch(CopyLines::addressesReader);
        }

        void offerHeadline(String offered) {
            String line = mayHoldForeignScript(offered) ? FOREIGN_LABEL.matcher(offered).replaceAll("") : offered;
            // "Voice of America – English: Voters Go to the Polls": a republisher's label of the outlet before the headline
            String outletLabel = CopyLines.outletLabel(line);
            if (outletLabel != null) {
                provenance(Dateline.agencyName(outletLabel));
                line = line.substring(line.indexOf(':') + 1).strip();
            }
            // A kicker ("UKRAINE WAR", "World news") before the headline gives way to it.
            String shown = headline == null ? null : TRUNCATION_MARK.matcher(headline).replaceFirst("");
            // a truncated title ("Clashes Leave 10 Civilians Dead in So...") gives way to the full one
            boolean truncated = shown != null && !shown.equals(headline) && line.startsWith(shown);
            // a labelled title ("VOA News: Asia: Suicide Bombing Kills 10") gives way to the headline it repeats
            boolean labelled = headline != null && headline.endsWith(": " + line);
            lastOffered = line;
            if (dateSinceOffer != null) {
                datedAbove.putIfAbsent(line, dateSinceOffer);
                dateSinceOffer = null;
            }
            // "VOA News: Asia": a programme's or section's label names the outlet
            provenance(CopyLines.labelOutlet(line));
            if (headline == null || !headlineFixed && (Text.SPACES.split(headline).length <= 3 || truncated || labelled)) {
                headline = line;
            } else if (!headlineFixed) {
                laterHeadlines.add(line);
            }
        }

        /**
         * The headline, unless it has little to do with the story and a later headline-shaped line before the story
         * has more: a site's tagline ("Swiss perspectives in 10 languages"), a date or a menu line above the headline
         * shares no word, or one by chance, with the lead, while a headline sums it up.
         */
        private String headlineOfStory() {
            if (laterHeadlines.isEmpty() || headline == null || dateStamp(headline) != null) {
                // a title that ends in its day ("Weekly Highlights: January 6, 2022") names the page; the lines under
                // it are its sections' subheads
                return headline;
            }
            String lead = String.join(" ", paragraphs.subList(0, Math.min(2, paragraphs.size())));
            Set<String> leadWords = stems(lead);
            int own = shared(headline, leadWords);
            String best = null;
            int bestShared = 0;
            for (String later : laterHeadlines) {
                int n = shared(later, leadWords);
                if (n > bestShared) {
                    best = later;
                    bestShared = n;
                }
            }
            return own == 0 && bestShared >= 1 || own == 1 && bestShared >= 3 ? best : headline;
        }

        /**
         * The title of a dated wiki page of items (briefs, shorts): the page's name, unless the copy holds one item
         * under the compilation's own title ("Audio Wikinews transcript – 2005 09 08", then one item's subhead), whose
         * subhead is then the headline; a story's own headline with no item after it stays.
         */
        private String titleOfDatedPage(String title) {
            boolean compilation = title == null || dateStamp(title) != null || COMPILATION.matcher(title).find()
                    || Text.SPACES.split(title).length <= 3;
            if (title != null && compilation && subheads == 1 && !prose(firstSubhead)) {
                return firstSubhead;
            }
            return compilation || subheads > 0 ? pageName : title;
        }

        private static int shared(String line, Set<String> leadWords) {
            Set<String> words = stems(line);
            words.retainAll(leadWords);
            return words.size();
        }

        private static final Pattern NON_WORD_RUNS = Pattern.compile("[^\\p{L}\\p{N}]+");

        /**
         * The first five letters of each word of four letters or more, lower case, and every number: enough to see
         * that "trebled" and "trebling", "Afghan" and "Afghanistan" are the same word.
         */
        private static Set<String> stems(String text) {
            Set<String> out = new HashSet<>();
            for (String w : NON_WORD_RUNS.split(text.toLowerCase(Locale.ROOT))) {
                if (w.length() >= 4 && !COMMON_WORDS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0))) {
                    out.add(w.substring(0, Math.min(5, w.length())));
                }
            }
            return out;
        }

        void addParagraph(String text) {
            if (paragraphs.size() >= MAX_PARAGRAPHS) {
                return;
            }
            reporter(CopyLines.trailerReporter(text));
            String p = CopyLines.withoutTrailer(text);
            if (paragraphs.isEmpty()) {
                provenance(CopyLines.provenance(p));
                provenance(CopyLines.reportingOutlet(p));
                p = CopyLines.withoutProvenance(p);
                if (headline == null) {
                    p = gluedHeadline(p);
                }
            }
            if (dateline == null && paragraphs.size() < 3) {
                Dateline.Lead lead = Dateline.lead(p);
                if (lead != null) {
                    dateline = lead.dateline();
                    p = lead.rest();
                    // what came before the dateline (captions, a deck) is not the story's text
                    paragraphs.clear();
                }
            }
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }

        /** "Suicide Bomber Targets Afghan Base by VOA News A suicide bomber has ...": a page flattened into one line. */
        private String gluedHeadline(String p) {
            Matcher m = GLUED_BYLINE.matcher(p);
            if (m.find() && m.start() > 0 && looksLikeHeadline(p.substring(0, m.start()).strip())) {
                String outlet = m.group(1);
                if (Lexicons.get().agenciesBySurface.containsKey(outlet.replaceFirst("\\s+News$", ""))
                        || Lexicons.get().agenciesBySurface.containsKey(outlet)) {
                    headline = p.substring(0, m.start()).strip();
                    provenance(Dateline.agencyName(outlet));
                    return p.substring(m.end()).strip();
                }
            }
            Matcher t = GLUED_TITLE.matcher(p);
            if (t.lookingAt() && looksLikeHeadline(t.group(1))) {
                // "Suicide Attack Kills 13 in Afghanistan A suicide attack ...": a title-case headline run into the lead
                headline = t.group(1);
                return p.substring(t.end(1)).strip();
            }
            t = GLUED_TITLE_CAPITALISED_LEAD.matcher(p);
            if (p.length() >= FLATTENED_PAGE && t.lookingAt() && looksLikeHeadline(t.group(1))) {
                String lead = p.substring(t.end(1)).strip();
                Set<String> shared = stems(t.group(1));
                shared.retainAll(stems(SentenceSplitter.split(lead).get(0)));
                if (shared.size() >= 2) {
                    headline = t.group(1);
                    return lead;
                }
            }
            return p;
        }

        void subhead(String line) {
            if (subheads++ == 0) {
                firstSubhead = line;
            }
        }

        void provenance(String agency) {
            if (agency != null && producer == null) {
                producer = agency;
            }
        }

        void dateline(Dateline d) {
            if (dateline == null && paragraphs.isEmpty()) {
                dateline = d;
            }
        }

        void nameUnderHeadline(CopyLines.Byline b) {
            namesUnder.putIfAbsent(lastOffered == null ? headline : lastOffered, b);
        }

        void reporter(String name) {
            if (reporter == null) {
                reporter = name;
            }
        }

        void byline(CopyLines.Byline b) {
            if (byline == null) {
                byline = b;
            } else if (byline.agency() == null && b.author() == null && b.agency() != null) {
                // a writer's name, then the outlet's byline box ("Jane Doe", "VOA News"): one byline
                byline = new CopyLines.Byline(byline.author(), b.agency());
            }
        }

        void date(CopyLines.DateLine d) {
            dateLines++;
            provenance(d.outlet());
            dateSinceOffer = paragraphs.isEmpty() ? d : null;
            // A date above the headline may be the page's own (today's date by its masthead); one under it is the story's.
            boolean aboveGivesWay = publishedAboveHeadline && headline != null;
            if (published == null || aboveGivesWay || published.updated() && !d.updated()) {
                published = d;
                publishedAboveHeadline = headline == null;
            }
        }

        void cite(String outlet) {
            if (outlet != null) {
                citedOutlets.add(outlet.strip());
            }
        }

        void flush(List<RawArticle> out, String pageOutlet) {
            if (paragraphs.isEmpty() || onlyBlurb()) {
                return; // nothing, or only a blurb ("Give us 5 minutes, and we'll give you the world")
            }
            HeadlineBasis basis = HeadlineBasis.STATED;
            String title = headlineOfStory();
            if (pageName != null) {
                title = titleOfDatedPage(title);
            }
            CopyLines.Byline under = title == null ? null : namesUnder.get(title);
            if (under != null && (byline == null || byline.author() == null)) {
                // the writer's name under the headline, then the outlet's box ("VOA News"): one byline
                byline = new CopyLines.Byline(under.author(), byline == null ? under.agency() : byline.agency());
            }
            if (title == null) {
                basis = HeadlineBasis.FIRST_SENTENCE;
                title = SentenceSplitter.split(paragraphs.get(0)).get(0);
            }
            LocalDate date = dateline == null ? null : dateline.date();
            String evidence = date == null ? null : "dateline '" + dateline.printed().strip() + "'";
            if (title != null && !title.equals(headline) && datedAbove.containsKey(title) && !published.updated()) {
                // a page's current-date and archive lines above its menu, then the story's date over the headline the
                // story keeps ("About this capture", "December 27, 2011", ..., "December 26, 2011", headline)
                published = datedAbove.get(title);
            }
            if (date == null && published != null) {
                date = published.date();
                evidence = (published.updated() ? "updated line '" : "date line '") + published.evidence() + "'";
            }
            String agency = dateline != null && dateline.agency() != null ? dateline.agency()
                    : byline != null && byline.agency() != null ? byline.agency() : producer != null ? producer
                    : CopyLines.closingAgency(paragraphs.get(paragraphs.size() - 1));
            if (agency == null) {
                agency = pageOutlet;
            }
            String author = byline != null && byline.author() != null ? byline.author() : reporter;
            // "Abu Sayyaf Guerrillas Kidnap 8 in Phillipines - 2002-08-21": an archive's date stamp on the headline
            String stamp = date == null && basis == HeadlineBasis.STATED ? dateStamp(title) : null;
            if (stamp != null) {
                date = DateResolver.fullDates(stamp).get(0).date();
                evidence = "date on the headline '" + stamp + "'";
            }
            ArticleMetadata meta = new ArticleMetadata(basis, dateline == null ? null : dateline.placeName(),
                    dateline == null ? null : dateline.region(), agency, author, date,
                    evidence, null, null, null, List.of());
            out.add(new RawArticle(title, List.copyOf(captions), List.copyOf(paragraphs), meta, List.copyOf(citedOutlets)));
        }
    }
}
