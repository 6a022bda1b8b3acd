package dev.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of pasted copy is when it is not the story itself: page chrome, a byline, an editing trailer, a
 * "Published" line, an editor's note. The patterns are the generic furniture of news pages and wire copy.
 */
final class CopyLines {

    /** A byline: the writer(s), and the agency or outlet when the line names one. */
    record Byline(String author, String agency) {
    }

    /** A date line: the date, and the words that gave it. */
    record DateLine(LocalDate date, String evidence, boolean updated, String outlet) {
    }

    /** The heading of a box of links to other stories: "Other stories from Egypt". */
    private static final String LINK_BOX_HEADING = "other stories (?:from|on|about) [^.]{2,60}";
    private static final Pattern LINK_BOX = Pattern.compile("(?i)^" + LINK_BOX_HEADING + "$");
    /** "AA photo", "AFP file photo": an agency's credit where the page had a picture. */
    private static final Pattern AGENCY_PHOTO = Pattern.compile("^(?<agency>\\p{Lu}[\\p{L}.]{0,20}(?: \\p{Lu}[\\p{L}.]*)?) (?:file )?photos?$");
    /** A wiki's map caption: "Location of Egypt" (a name after it, in the case names have). */
    private static final Pattern MAP_CAPTION = Pattern.compile("^Location of (?:the )?\\p{Lu}[\\p{L}'’\\-]+(?: \\p{Lu}[\\p{L}'’\\-]+){0,3}$");
    private static final Pattern CHROME = Pattern.compile("(?i)^(?:"
            + "read more|read next|read also|also read|more from .{1,40}|see also|more on this story|recommended( stories)?"
            + "|related( stories| articles| coverage| content| topics| news)?|most (read|popular|viewed)|trending( now)?"
            + "|advertisement|advertising|ad|sponsored( content)?|scroll to continue( with content)?"
            + "|(article|story) continues (below|after)( (this )?advertisement)?|continue reading.*|skip to (main )?content"
            + "|listen( to (this|the) \\p{L}+)?( \\d+ min(utes?)?)?|\\d+\\s*min(ute)?s? read|print( this (article|page))?"
            // a media player's messages: "Your browser doesn’t support HTML5", "Audio Wikinews - Problems listening to
            // the file? See media help.", "Problems? See our media guide.", "Play the audio"
            + "|(your )?(web )?browser ((does|do) ?n['’]?o?t|cannot|can['’]?t|is unable to|won['’]t) (support|play|display|show)\\b.{0,80}"
            + "|(.{0,40}[-–—:] )?(having )?(problems?|trouble|difficult(y|ies))( (listening|playing|viewing|watching|hearing|loading)"
            + "\\b[^?]{0,40}| with (the |this )?(file|audio|video|player|playback|media|sound|stream)\\b[^?]{0,20})?\\?"
            + "( (see|try|read|visit|download|use)\\b[^.]{0,60}\\.?)?"
            + "|(play|download|hear) (the |this )?(audio|video|mp3|podcast|clip|file|broadcast|recording)\\b.{0,30}"
            // a wiki's revision bar: "Revision as of 10:36, 21 December 2024 by Jane (talk | contribs) (...)",
            // "(diff) ← Older revision | Latest revision (diff) | Newer revision → (diff)"
            + "|((latest|current) )?revision as of\\b.*|this is an old revision of this page\\b.*"
            + "|.*\\b(older|previous) (revision|edit)\\b.*\\b(newer|next) (revision|edit)\\b.*"
            + "|e-?mail( this (article|story))?|comments?( \\(\\d+\\))?|\\d+ comments?|leave a comment|show comments|view comments"
            + "|(sign up|subscribe|register|log ?in|follow us|follow .{1,40} on|download (our|the) app|get the app|click here|tap here)\\b.*"
            + "|search( (this|the) (blog|site|website))?( for)?:?"
            + "|share( this( article| story| page)?)?( on \\w+)?|share via.*|copy link|link copied"
            + "|copyright\\b.*|©.*|all rights reserved\\.?|image (source|caption)\\b.*|media caption\\b.*"
            + "|(watch|video|audio|gallery|photos?|graphic|interactive|live)( now)?:?"
            // a video or audio player's controls: "Embed", "The code has been copied to your clipboard.", "0:00 0:01:42 0:00",
            // "720p | 23,4MB", "please wait"
            + "|embed|download|direct link|please wait|loading\\.*|the code has been copied to your clipboard\\.?|width px height px"
            + "|no media source currently available|\\d{1,2}:\\d\\d(:\\d\\d)?( \\d{1,2}:\\d\\d(:\\d\\d)?)*"
            + "|\\d{3,4}p \\| [\\d,.]+ ?[mg]b"
            + "|(tags?|topics?|filed under|categories|category|section)\\s*:.*|back to top|top stories|latest news|breaking news"
            // a wiki's navigation and review box: "Jump to navigation Jump to search", "Page version status", ...
            + "|our standards:.*"
            + "|jump to:? (navigation|content|search)(,? (jump to )?(navigation|search))?|page version status"
            // a wiki's box pointing to a later story: "This story has updates", "See Floods kill 40, March 2, 2008"
            + "|this story has (an )?updates?|see .{5,160}, (january|february|march|april|may|june|july|august|september"
            + "|october|november|december) \\d{1,2}, \\d{4}"
            + "|(the|this) page has not been checked|there are no reviewed versions of this page\\b.*"
            + "|this is the latest (accepted|reviewed|checked) (revision|version)\\b.*"
            // a comment box's spam notice
            + "|this site uses akismet\\b.*"
            // a listing page's count and sort box: "124 entries found", "Sort by: Latest | Relevance"
            + "|[\\d,]+ (entries|results|items|articles|stories|reports) found|sort(ed)? by\\s*:.*"
            // a feed's or page's freshness stamp: "Updated: 2 hours 27 min ago", "Last updated 5 minutes ago"
            + "|((last )?updated|posted|published)?\\s*:?\\s*((\\d+|an?) (years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?"
            + "|seconds?|secs?),? ?)+ago"
            // a wiki's portal box and map: "Other stories from Egypt", "…More articles here",
            // "To write, edit, start or view other articles on Egypt, see the Egypt Portal"
            + "|" + LINK_BOX_HEADING + "|…?more articles here|a map showing the location of [^.]{2,60}"
            + "|to write, edit, start or view other articles on .*"
            // an image's file name where the page had the image: "Flag of Egypt.svg"
            + "|[^/\\s][^/]{0,80}\\.(?:svg|png|jpe?g|gif|webp|tiff?)"
            + ")$");
    private static final Pattern QUOTED_SPAN = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    private static final Pattern PUNCTUATION = Pattern.compile("[,.;:!?]");
    private static final Pattern TO_THE_READER = Pattern.compile("\\b(?:[Yy]ou|[Yy]our)\\b");
    /** Case-sensitive: "US" is a country. */
    private static final Pattern FROM_THE_OUTLET = Pattern.compile("\\b(?:[Ww]e|us|[Oo]ur)\\b");
    private static final Pattern FEED_CREDIT = Pattern.compile("^from (?<outlet>\\p{L}[^:/]{1,60}?) https?://\\S+(?: via \\S+)?$");
    private static final Pattern OUTLET_LINK = Pattern.compile("(?i)^(?:read more|source|via)\\s*[:|-]\\s*(?<outlet>.{2,60})$");
    /** Lines that lead into another story: "Read more: Kharkiv hit again", "RELATED: ...". */
    private static final Pattern TEASER = Pattern.compile("(?i)^(?:read more|read also|also read|related|see also|more|watch|"
            + "listen|explainer|opinion|analysis|recommended|editor's picks?|live updates?)\\s*[:|»>\\-–—]\\s*\\S.*");
    private static final Set<String> SHARE_WORDS = Set.of("facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail",
            "print", "share", "reddit", "telegram", "copy", "link", "comment", "comments", "messenger", "pinterest", "flipboard",
            "bluesky", "threads", "tweet", "save", "gift", "article", "this", "on", "via", "sms", "mail");
    private static final Pattern SECTION_AFTER = Pattern.compile("(.+?)\\s+\\p{Lu}{3,}(?:\\s+\\p{Lu}{3,})?");
    private static final Pattern BY = Pattern.compile("^(?:By|BY|by|(?i:author|reporter|writer)\\s*:)\\s+(?<names>[\\p{Lu}][\\p{L}.'’\\- ]+?(?:(?:,|\\s+and|\\s+&)\\s+[\\p{Lu}][\\p{L}.'’\\- ]+?)*)"
            + "(?:(?:\\s*(?:,|\\||\\bfor\\b|—|–|-|\\bof\\b)\\s*|\\s+)(?<outlet>(?:The )?[A-Z][\\p{L}.&'’ ]{1,40}))?\\s*$");
    private static final Pattern PIPE_BYLINE = Pattern.compile("^(?<names>[\\p{Lu}][\\p{L}.'’\\-]+(?:\\s+[\\p{Lu}][\\p{L}.'’\\-]+){1,3}"
            + "(?:\\s*(?:,|and|&)\\s*[\\p{Lu}][\\p{L}.'’\\-]+(?:\\s+[\\p{Lu}][\\p{L}.'’\\-]+){1,3})*)\\s*[|,]\\s*(?<outlet>[A-Z][\\p{L}.&'’ ]{1,40})$");
    /** "Reporting by Jane Doe in Kyiv; Editing by John Roe", "(Additional reporting by ...)", "Compiled by ...". */
    private static final Pattern TRAILER = Pattern.compile("(?i)^\\(?\\s*(?:additional )?(?:reporting|writing|editing|compiled|"
            + "reported|written|produced|edited|research|contributing|graphics|translated|photos?|fact-?checked)( and \\w+)?"
            + "(?: by| from)\\b.*$");
    /** The same trailer closing a body paragraph; or Xinhua's end mark, "Enditem". */
    private static final Pattern TRAILING_TRAILER = Pattern.compile("\\s*\\((?i:(?:additional )?(?:reporting|writing|editing|"
            + "compiled|contributing))[^()]*\\)\\s*$|\\s+Enditem\\s*$");
    /** The reporter a trailer names first: "Reporting by Jane Doe in Kyiv; Editing by ...", "Written by Jane Doe". */
    private static final Pattern TRAILER_REPORTER = Pattern.compile("(?:^|\\()\\s*(?i:reporting|reported|written|writing) by:?\\s+(?<names>"
            + "\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3}(?:(?:,|\\s+and)\\s+\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3})*)");
    /** "... a police spokesman said. (AP)": the agency whose copy this is, closing the story. */
    private static final Pattern CLOSING_AGENCY = Pattern.compile("\\((?<agency>[\\p{L} .&]{2,30})\\)\\s*$");
    /** "Daily Courier April 2, 2017", "The Morning Star 2 April 2017": a paper's name, then the date it printed. */
    private static final Pattern MASTHEAD_DATE = Pattern.compile("^(?:The )?\\p{Lu}[\\p{L}&'’.\\-]+(?: \\p{Lu}[\\p{L}&'’.\\-]+){0,3}? "
            + "(?=\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun"
            + "|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)");
    /** "VOA60 World - ...", "VOA News: Asia: ...": a programme's or section's label before a headline. */
    private static final Pattern SUBSCRIBE_FEED = Pattern.compile("(?i:subscribe to) (?<feed>[^’'\\n]{2,60}?)(?:['’]s .{0,60}?)?"
            + " (?i:rss feed|feed|newsletter)\\b");
    private static final Pattern HEADLINE_LABEL = Pattern.compile("^(?<outlet>\\p{Lu}[\\p{L}]+)\\d*(?: [\\p{L}]+){0,3}\\s*(?::|\\s[-–—]\\s)");
    private static final Pattern OUTLET_LABEL = Pattern.compile(
            "(?<outlet>\\p{Lu}[^:–—]{1,30}?)(?:\\s+[-–—]\\s+\\p{L}[\\p{L} ]{0,20}?)?\\s*:\\s+\\S");
    private static final Pattern BY_OR_DASH = Pattern.compile("^(?:(?i:by)\\s+|[-–—]+\\s*)");
    private static final Pattern INITIAL_END = Pattern.compile("\\b[A-Z]\\.$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*[,|]$");
    private static final Pattern SHARE_SEPARATORS = Pattern.compile("[\\s|/·•,]+");
    /** The bullet of a byline set as a list item: "• VOA News". */
    private static final Pattern BYLINE_BULLET = Pattern.compile("^[•·▪]\\s+");
    /** A list item's or a stamp's dash or bullet opening a line: "- Posted 02 Apr 2017 16:15". */
    private static final Pattern LEADING_BULLET = Pattern.compile("^(?:[-–—]+|[•·*])\\s+");
    /** Symbols a page sets before a title: rating stars ("★☆☆Deadly Attack ..."), arrows, emoji. */
    private static final Pattern LEADING_ORNAMENTS = Pattern.compile("^[\\p{So}&&[^©®℗]]+\\s*");
    /** "2014年10月23日 ★☆☆, VOA, 未分類.": a date stamp as Chinese and Japanese pages print it, then the page's labels. */
    private static final Pattern CJK_DATE_STAMP = Pattern.compile("^(?<y>\\d{4})年(?<m>\\d{1,2})月(?<d>\\d{1,2})日(?<labels>.*)$");
    /** A wiki page named by its date: "Category:November 8, 2007", "Wikinews:Briefs/September 8, 2005". */
    private static final Pattern WIKI_PAGE_PREFIX = Pattern.compile("^(?<namespace>Category|Wikinews|Portal):(?:[\\p{L} ]+/)?");
    /** "The Associated Press contributed to this report." */
    private static final Pattern CONTRIBUTED = Pattern.compile("(?i)^.{3,120}\\bcontributed (to )?(this|the) (report|story|article)\\.?$");
    /** "Some information for this report was provided by AFP and Reuters.", "Material for this story came from AP.". */
    private static final Pattern REPORT_SOURCES = Pattern.compile("(?i)^(?:some |additional )?(?:information|material|details) for this "
            + "(?:report|story|article) (?:(?:was|were) )?(?:provided by|came from|comes? from|supplied by)\\b.{2,120}$");
    /** A wire trailer that closes a story: "Reporting by Jane Doe; Editing by John Roe", "(Additional reporting by ...)". */
    private static final Pattern REPORTING_TRAILER = Pattern.compile("(?i)^\\(?\\s*(?:additional )?(?:reporting|writing|editing) by\\b.{2,300}$");
    private static final Pattern EDITOR_NOTE = Pattern.compile("(?i)^(?:editor['’]?s[’']? note|note to (editors|readers)|"
            + "correction|clarification|this (story|article) (has been|was) (updated|corrected))\\b.*");
    private static final Pattern DATE_PREFIX = Pattern.compile("(?i)^(?:(?<kind>published|updated|last updated|first published|"
            + "posted|last modified|modified|date|dated|created)\\s*(?:on|at|:)?\\s*:?\\s*)");
    private static final Pattern POSTED_BY = Pattern.compile("(?i)^by\\s+[\\p{L}\\d ._'’-]{1,40}$");
    private static final Pattern DATE_FURNITURE = Pattern.compile("(?i)\\b(?:utc|gmt)\\s*[+\\-−–]\\s*\\d{1,2}(?::?\\d{2})?\\b|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            + "sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|est|edt|cet|cest|bst|ist|pst|pdt|"
            + "et|pt|at|on|local time|hours?|hrs|ago)\\b|\\b(?:\\d+|an?) (?:years?|months?|weeks?|days?|minutes?|mins?) ago\\b"
            + "|\\d{1,2}[:.]\\d{2}(?::\\d{2})?|[,|·•\\-–—/()+]");

    /**
     * "Originally posted by the Voice of America.", "This article was originally published by Reuters", "Originally
     * published by the Voice of America (www.voanews.com).": the outlet's web address after its name is no part of it.
     */
    private static final Pattern PROVENANCE = Pattern.compile("^(?:[Tt]his (?:article|story) (?:was|is) )?(?:[Oo]riginally|[Ff]irst) "
            + "(?:posted|published|appeared) (?:by|on|in|at) (?:[Tt]he )?(?<outlet>[^.;:]{2,60}?)(?:\\s*\\((?:www\\.|https?://)[^()\\s]{3,80}\\))?"
            + "(?:\\.\\s*|\\s*$)");
    /** A listing's stamp of an entry: its date, then a label ("17 Sep 2018 description"); the page's date, not the story's. */
    private static final Pattern LISTING_STAMP = Pattern.compile("(?:\\d{1,2} \\p{Lu}\\p{Ll}{2,8}\\.?|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2},) (?:19|20)\\d\\d"
            + " \\p{Ll}+(?: \\p{Ll}+)?");
    /** A listing's entry names its kind and its source: "report Voice of America", "News and Press Release from VOA". */
    private static final Pattern LISTED_SOURCE = Pattern.compile("^(?i:report|news and press release|press release|news)"
            + "(?: from)?\\s+(?<outlet>\\p{Lu}[\\p{L}.&' ]{1,60}?)\\s*$");
    private static final Pattern SITE_CHROME = Pattern.compile("^(?:From (?<outlet>\\p{Lu}\\p{L}+), the free news source\\b"
            + "|Articles presented on (?<outlet2>\\p{Lu}\\p{L}+) reflect the specific time\\b)");
    /** "The VOA is the Voice of America", "AFP is Agence France-Presse": an outlet's initials, then its name. */
    private static final Pattern SPELLED_OUT = Pattern.compile("^(?:The )?\\p{Lu}{2,6} is (?:the )?(?<outlet>\\p{Lu}[\\p{L}.&'’ -]{2,50}?)\\.?$");
    private static final Pattern CREDIT_LINE = Pattern.compile("(?<outlet>[^()]{2,60}?)\\s*\\([\\p{L} .,'-]{2,40}\\)");
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s*)?(?<outlet>[^©\\d]{2,60}?)[\\s.,\\-–—]*$");
    /** Licence boilerplate a republished copy carries ("... is in the public domain.", "Licensed under CC BY 2.5"). */
    private static final Pattern LICENCE = Pattern.compile("(?i)^[^.]{0,200}\\b(?:is in the public domain|public domain\\b|"
            + "licen[cs]ed under|creative commons|all rights reserved)[^.]*\\.\\s*");
    /** "Moki Edwin Kindzeka", "Jane M. Doe", "Ahmed Al-Haj": a line that is only a person's name (a byline without "By"). */
    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'’\\-]+(?:[\\-'’]\\p{Lu}[\\p{Ll}]+)?";
    private static final Pattern NAME_LINE = Pattern.compile("^" + NAME_WORD + "(?:\\s+(?:\\p{Lu}\\.|" + NAME_WORD + ")){1,3},?$");
    /** "VOA News", "Kyiv Post": a name shaped like an outlet's. */
    private static final Pattern OUTLET_SHAPE = Pattern.compile("(?:[A-Z]{2,6}|[A-Z][\\p{L}]+) (?:News|Press|Times|Post|Wire|Media"
            + "|Television|TV|Radio)(?: Agency)?");
    /** A separator between spaces somewhere in a line: "... news - September 19, 2023 - 08:51". */
    private static final Pattern SPACED_SEPARATOR = Pattern.compile(".*\\s[-–—|·•]\\s.*");
    /** "The " opening an outlet's name. */
    private static final Pattern LEADING_THE = Pattern.compile("^The ");

    private CopyLines() {
    }

    /** The outlet a provenance line names ("Originally posted by the Voice of America."), as its agency; else null. */
    static String provenance(String line) {
        Matcher m = PROVENANCE.matcher(line);
        if (m.find() && isOutlet(m.group("outlet").strip())) {
            return Dateline.agencyName(withoutThe(m.group("outlet").strip()));
        }
        Matcher listed = LISTED_SOURCE.matcher(line.strip());
        if (listed.matches() && isOutlet(listed.group("outlet"))) {
            return Dateline.agencyName(listed.group("outlet"));
        }
        // "From Wikinews, the free news source you can write!", "Articles presented on Wikinews reflect ...": a wiki
        // news site's page chrome names it.
        Matcher site = SITE_CHROME.matcher(line.strip());
        if (site.find()) {
            String outlet = site.group("outlet") != null ? site.group("outlet") : site.group("outlet2");
            if (isOutlet(outlet)) {
                return Dateline.agencyName(outlet);
            }
        }
        // "The VOA is the Voice of America": a republisher's credit that spells the outlet out
        Matcher spelled = SPELLED_OUT.matcher(line.strip());
        if (spelled.matches() && isOutlet(spelled.group("outlet"))) {
            return Dateline.agencyName(withoutThe(spelled.group("outlet")));
        }
        // "Voice of America (Washington, DC)": an aggregator's credit line, the outlet and where it is based.
        // the credit line ends with its parenthesis: most lines do not, and the pattern's lazy outlet is tried at every length
        Matcher credit = CREDIT_LINE.matcher(line.strip());
        if (line.strip().endsWith(")") && credit.matches() && isOutlet(credit.group("outlet").strip())) {
            return Dateline.agencyName(withoutThe(credit.group("outlet").strip()));
        }
        // "© La Voix de l'Amérique -", "© 2024 Reuters": the copyright holder of the copy.
        Matcher copyright = COPYRIGHT.matcher(line.strip());
        if (copyright.matches() && isOutlet(copyright.group("outlet").strip())) {
            return Dateline.agencyName(withoutThe(copyright.group("outlet").strip()));
        }
        // "Read more: Voice of America", "Source : wikinews": a link to the outlet the copy came from, its name as the
        // page prints it; "from Voice of America http://ift.tt/2zD3iQs via IFTTT": a feed reposter's credit of an item
        Matcher teaser = OUTLET_LINK.matcher(line.strip());
        Matcher reposted = FEED_CREDIT.matcher(line.strip());
        String linked = teaser.matches() ? teaser.group("outlet").strip() : reposted.matches() ? reposted.group("outlet") : null;
        String outlet = linked == null || isOutlet(linked) ? linked : capitalised(linked);
        if (outlet != null && isOutlet(outlet)) {
            return Dateline.agencyName(withoutThe(outlet));
        }
        return null;
    }

    /** "Voice of America News reports: “...": a republisher's lead-in naming the outlet whose words follow. */
    private static final Pattern REPORTS_LEAD_IN = Pattern.compile("^(?<outlet>(?:The )?\\p{Lu}[\\p{L}.&'’ ]{1,50}?) (?:reports|reported"
            + "|writes|wrote)\\s*:");

    /** The known outlet a paragraph's lead-in says it quotes ("Reuters reports: ..."), or null. */
    static String reportingOutlet(String paragraph) {
        Matcher m = REPORTS_LEAD_IN.matcher(paragraph);
        // named as a byline box names it: "Reuters", "Voice of America News"
        Byline named = m.lookingAt() ? byline(m.group("outlet")) : null;
        return named != null && named.author() == null ? named.agency() : null;
    }

    /** A line that only says where the copy came from. */
    static boolean isProvenanceLine(String line) {
        return provenance(line) != null && (!PROVENANCE.matcher(line).find() || withoutProvenance(line).isEmpty());
    }

    /** A paragraph without the provenance and licence sentences a republished copy opens with. */
    static String withoutProvenance(String paragraph) {
        String p = paragraph;
        Matcher m = PROVENANCE.matcher(p);
        if (m.find() && isOutlet(m.group("outlet").strip())) {
            p = p.substring(m.end()).strip();
        }
        Matcher licence = LICENCE.matcher(p);
        while (licence.lookingAt()) {
            p = p.substring(licence.end()).strip();
            licence = LICENCE.matcher(p);
        }
        return p;
    }

    /**
     * Whether a paragraph speaks to its reader in the outlet's voice outside any quotation, in every sentence, and in
     * second person with a first person plural ("Give us 5 minutes, and we'll give you the world. Around the clock, VOA
     * keeps you in touch."): a programme's or site's standing blurb, not news.
     */
    static boolean addressesReader(String paragraph) {
        boolean reader = false;
        boolean outlet = false;
        for (String sentence : SentenceSplitter.split(paragraph)) {
            String own = QUOTED_SPAN.matcher(sentence).replaceAll(" ");
            boolean toReader = TO_THE_READER.matcher(own).find();
            boolean fromOutlet = FROM_THE_OUTLET.matcher(own).find();
            if (!toReader && !fromOutlet) {
                return false;
            }
            reader |= toReader;
            outlet |= fromOutlet;
        }
        return reader && outlet;
    }

    /** A line that is only a person's name, none of whose words is a known place or outlet. */
    static boolean isNameLine(String line) {
        String l = line.strip();
        if (!NAME_LINE.matcher(l).matches() || isChrome(l)) {
            return false;
        }
        for (String w : Text.SPACES.split(l.replace(",", ""))) {
            if (Dateline.isPlace(w) || Lexicons.get().agenciesBySurface.containsKey(w) || Lexicons.get().knownOrgsBySurface.containsKey(w)) {
                return false;
            }
        }
        return true;
    }

    static boolean isChrome(String line) {
        String l = line.strip();
        if (CHROME.matcher(l).matches() || Prefilter.matcher(TEASER, l).matches() && l.length() < 200
                || Prefilter.matcher(MAP_CAPTION, l).matches() || Prefilter.matcher(LISTING_STAMP, l).matches()) {
            return true;
        }
        Matcher photo = AGENCY_PHOTO.matcher(l);
        if (photo.matches() && Lexicons.get().agenciesBySurface.containsKey(photo.group("agency"))) {
            return true;
        }
        if (l.endsWith(".") || moreWordsThan(l, 8)) {
            return false; // most lines: no row of share buttons, so no need to split them
        }
        String[] words = SHARE_SEPARATORS.split(l.toLowerCase(Locale.ROOT));
        int share = 0;
        for (String w : words) {
            if (SHARE_WORDS.contains(w)) {
                share++;
            }
        }
        return words.length <= 8 && share == words.length && share > 0 && !l.endsWith(".");
    }

    /** Whether the line has more than {@code max} runs of characters between {@link #SHARE_SEPARATORS}. */
    private static boolean moreWordsThan(String line, int max) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean separator = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '|'
                    || c == '/' || c == '·' || c == '•' || c == ',';
            if (!separator && !inWord && ++words > max) {
                return true;
            }
            inWord = !separator;
        }
        return false;
    }

    /** Whether the line is a wiki page's name that dates it: "Wikinews:Briefs/October 18, 2007", "Category:May 2, 2009". */
    static boolean isDatedWikiPageName(String line) {
        return WIKI_PAGE_PREFIX.matcher(line.strip()).lookingAt() && dateLine(line) != null;
    }

    /** A heading of a box of links to other stories; the bulleted lines under it are links, not text. */
    static boolean opensLinkBox(String line) {
        return LINK_BOX.matcher(line.strip()).matches();
    }

    static boolean isEditorialNote(String line) {
        return EDITOR_NOTE.matcher(line).matches() || TRAILER.matcher(line).matches() && line.length() < 300
                || Prefilter.matcher(CONTRIBUTED, line).matches();
    }

    /**
     * Whether the line credits the story's reporting to its agencies or writers, as a story's last line does: "Some
     * information for this report was provided by Reuters.", "AP contributed to this report.", "Reporting by ...".
     */
    static boolean isClosingCredit(String line) {
        return Prefilter.matcher(REPORT_SOURCES, line).matches() || Prefilter.matcher(CONTRIBUTED, line).matches()
                || Prefilter.matcher(REPORTING_TRAILER, line).matches();
    }

    /** The paragraph without a closing "(Reporting by ...; Editing by ...)". */
    static String withoutTrailer(String paragraph) {
        return mayCloseWithTrailer(paragraph) ? TRAILING_TRAILER.matcher(paragraph).replaceFirst("") : paragraph;
    }

    /**
     * Whether the paragraph, trailing spaces and line ends aside, ends with ")" or "Enditem", as {@link #TRAILING_TRAILER}
     * needs: most paragraphs do not, and the pattern is tried at every position of them.
     */
    private static boolean mayCloseWithTrailer(String paragraph) {
        int end = paragraph.length();
        while (end > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(paragraph.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && (paragraph.charAt(end - 1) == ')' || paragraph.startsWith("Enditem", end - 7));
    }

    /** The first reporter a wire service's trailer names, or null. */
    static String trailerReporter(String line) {
        Matcher m = TRAILER_REPORTER.matcher(line);
        return m.find() ? m.group("names") : null;
    }

    /** The known agency a story's last paragraph closes with ("... said. (AP)"), or null. */
    static String closingAgency(String paragraph) {
        Matcher m = CLOSING_AGENCY.matcher(paragraph);
        return m.find() && Lexicons.get().agenciesBySurface.containsKey(m.group("agency").strip())
                ? Dateline.agencyName(m.group("agency").strip()) : null;
    }

    /**
     * The known outlet a feed page's subscribe line names ("Subscribe to Voice of America’s immigration news feed"):
     * the longest run of the feed's first words that is a known outlet, or null.
     */
    static String feedOutlet(String line) {
        Matcher m = SUBSCRIBE_FEED.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        String[] words = Text.SPACES.split(m.group("feed"));
        for (int n = words.length; n > 0; n--) {
            String run = String.join(" ", Arrays.copyOf(words, n));
            if (Lexicons.get().agenciesBySurface.containsKey(run)) {
                return Dateline.agencyName(run);
            }
        }
        return null;
    }

    /** The first known outlet a text names ("Around the clock, Voice of America keeps you in touch"), or null. */
    static String outletNamedIn(String text) {
        String[] words = Text.SPACES.split(PUNCTUATION.matcher(QUOTED_SPAN.matcher(text).replaceAll(" ")).replaceAll(" ").strip());
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(4, words.length - i); n > 0; n--) {
                String run = String.join(" ", Arrays.copyOfRange(words, i, i + n));
                if (Lexicons.get().agenciesBySurface.containsKey(run)) {
                    return Dateline.agencyName(run);
                }
            }
        }
        return null;
    }

    /**
     * The known outlet a republisher names before the headline, with its edition, and a colon ("Voice of America –
     * English: Voters Go to the Polls", "Reuters: ..."), or null.
     */
    static String outletLabel(String headline) {
        Matcher m = OUTLET_LABEL.matcher(headline);
        return m.lookingAt() && Lexicons.get().agenciesBySurface.containsKey(m.group("outlet")) ? m.group("outlet") : null;
    }

    /** The known outlet whose programme or section labels the headline ("VOA60 World - ..."), or null. */
    static String labelOutlet(String headline) {
        Matcher m = headline == null ? null : HEADLINE_LABEL.matcher(headline);
        return m != null && m.lookingAt() && Lexicons.get().agenciesBySurface.containsKey(m.group("outlet"))
                ? Dateline.agencyName(m.group("outlet")) : null;
    }

    static Byline byline(String line) {
        // a page that sets its byline as a list item: "• VOA News", "• Jane Doe"
        line = BYLINE_BULLET.matcher(line.strip()).replaceFirst("");
        // A byline box that names only the outlet: "VOA News", "Associated Press", "Anadolu Agency WORLD" (the site's
        // section after it, in capitals); "- Reuters" closing the story.
        String outlet = BY_OR_DASH.matcher(line.strip()).replaceFirst("");
        Matcher sectioned = SECTION_AFTER.matcher(outlet);
        // the section's capitals end the line: a line that ends otherwise is not tried at each of its spaces
        if (!outlet.isEmpty() && Character.isUpperCase(outlet.codePointBefore(outlet.length())) && sectioned.matches()
                && Lexicons.get().agenciesBySurface.containsKey(sectioned.group(1))) {
            outlet = sectioned.group(1);
        }
        if (Lexicons.get().agenciesBySurface.containsKey(outlet) || Lexicons.get().agenciesBySurface.containsKey(
                withoutThe(outlet))) {
            return new Byline(null, Dateline.agencyName(withoutThe(outlet)));
        }
        // the outlet's label with "News" after its name ("Voice of America News", "Reuters News")
        if (outlet.endsWith(" News") && Lexicons.get().agenciesBySurface.containsKey(
                withoutThe(outlet.substring(0, outlet.length() - " News".length())))) {
            return new Byline(null, Dateline.agencyName(withoutThe(outlet)));
        }
        if (line.length() > 120 || line.endsWith(".") && !INITIAL_END.matcher(line).find()) {
            return null;
        }
        Matcher m = BY.matcher(line);
        if (m.matches() && Text.SPACES.split(m.group("names")).length <= 12) {
            return split(m.group("names"), m.group("outlet"));
        }
        m = PIPE_BYLINE.matcher(line);
        if (m.matches() && line.contains("|") && isOutlet(m.group("outlet"))) {
            return new Byline(m.group("names").strip(), Dateline.agencyName(m.group("outlet")));
        }
        return nameThenAgency(line.strip());
    }

    /** "Jane Doe Associated Press", "Jane Doe, Reuters": a writer's name, then the known agency the writer works for. */
    private static Byline nameThenAgency(String line) {
        String[] words = Text.SPACES.split(line);
        if (words.length > 9) {
            return null;
        }
        for (int n = 1; n <= Math.min(4, words.length - 2); n++) {
            String agency = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
            String name = NAME_SEPARATOR.matcher(String.join(" ", Arrays.copyOfRange(words, 0, words.length - n))).replaceFirst("");
            // the agency vouches for the name: a name that shares a word with a place ("Bello") is still a name
            if (Lexicons.get().agenciesBySurface.containsKey(withoutThe(agency)) && NAME_LINE.matcher(name).matches()
                    && !isChrome(name) && !Dateline.isPlace(name)) {
                return new Byline(name, Dateline.agencyName(withoutThe(agency)));
            }
        }
        return null;
    }

    /** "Jane Doe, Reuters" or "Jane Doe and John Roe"; an outlet after the names becomes the agency when it is one. */
    private static Byline split(String names, String outlet) {
        String n = names.strip();
        String agency = null;
        if (outlet != null) {
            if (isOutlet(outlet)) {
                agency = Dateline.agencyName(outlet.strip());
            } else {
                n = (n + " " + outlet).strip();
            }
        }
        // "By JANE DOE, Associated Press": the last comma part may be the outlet.
        int comma = n.lastIndexOf(',');
        if (agency == null && comma > 0 && isOutlet(n.substring(comma + 1).strip())) {
            agency = Dateline.agencyName(n.substring(comma + 1).strip());
            n = n.substring(0, comma).strip();
        }
        return n.isEmpty() ? null : new Byline(n, agency);
    }

    /** The name without a leading "The ": a regex compiled once, where {@code replaceFirst} compiled one per call. */
    private static String withoutThe(String name) {
        return LEADING_THE.matcher(name).replaceFirst("");
    }

    /** "wikinews" as the outlet's name is written: with its first letter a capital. */
    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static boolean isOutlet(String s) {
        String name = withoutThe(s.strip());
        return Lexicons.get().agenciesBySurface.containsKey(name) || Lexicons.get().agenciesBySurface.containsKey(s.strip())
                || OUTLET_SHAPE.matcher(name).matches();
    }

    /** The line without the symbols a page sets before it; the line itself when it has none. */
    static String withoutOrnaments(String line) {
        return line.isEmpty() || Character.isLetterOrDigit(line.charAt(0)) ? line : LEADING_ORNAMENTS.matcher(line).replaceFirst("");
    }

    /** Words of a date stamp around its date: "Updated", "Published", "Last updated", "First published". */
    private static final Pattern STAMP_WORDS = Pattern.compile("(?i)\\b(updated|published|last|first)\\b");
    private static final Pattern WIDE_SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern POSSESSIVE_ON = Pattern.compile("(?:'s|’s)\\b.*$");

    /** "Published March 16, 2025 10:20 GMT", "Updated: 16 March 2025", "Friday, March 14, 2025": a line that only dates. */
    static DateLine dateLine(String line) {
        if (line.length() > 120) {
            return null;
        }
        line = LEADING_BULLET.matcher(line).replaceFirst("");
        Matcher wiki = WIKI_PAGE_PREFIX.matcher(line);
        if (wiki.lookingAt()) {
            DateLine d = dateLine(line.substring(wiki.end()));
            String site = wiki.group("namespace");
            return d == null || !Lexicons.get().agenciesBySurface.containsKey(site) ? d
                    : new DateLine(d.date(), line, d.updated(), Dateline.agencyName(site));
        }
        Matcher cjk = CJK_DATE_STAMP.matcher(line);
        if (cjk.matches()) {
            return cjkDateLine(cjk, line);
        }
        Matcher prefix = DATE_PREFIX.matcher(line);
        String kind = prefix.lookingAt() ? prefix.group("kind").toLowerCase(Locale.ROOT) : null;
        String rest = kind == null ? line : line.substring(prefix.end());
        List<DateResolver.FoundDate> dates = DateResolver.fullDates(rest);
        if (dates.isEmpty()) {
            return null;
        }
        String left = DATE_FURNITURE.matcher(rest.replace(dates.get(0).text(), " ")).replaceAll(" ");
        // Another date on the line ("Published ... Updated ...") is furniture too.
        for (DateResolver.FoundDate d : dates) {
            left = left.replace(d.text(), " ");
        }
        left = STAMP_WORDS.matcher(left).replaceAll(" ").strip();
        if (kind != null) {
            // "Posted on March 10, 2021 by admin": a blog's stamp names who posted it
            left = POSTED_BY.matcher(left).replaceFirst("");
        }
        // "Voice of America’s immigration news - September 19, 2023 - 08:51": a date stamp with the page's section name.
        // The stamp goes on after the date ("... - September 19, 2023 - 08:51"); a headline would end with it.
        boolean stampGoesOn = !line.strip().endsWith(dates.get(0).text());
        Matcher masthead = MASTHEAD_DATE.matcher(line);
        if (kind == null && masthead.lookingAt() && line.strip().endsWith(dates.get(0).text())
                && line.indexOf(dates.get(0).text()) == masthead.end() && !line.equals(line.toUpperCase(Locale.ROOT))) {
            String paper = masthead.group().strip();
            return new DateLine(dates.get(0).date(), line.strip(), false, isOutlet(paper) ? Dateline.agencyName(withoutThe(paper)) : null);
        }
        // "-- Wikinews, Monday, March 22, 2010": the outlet, then its date
        boolean outletOnly = kind == null && Lexicons.get().agenciesBySurface.containsKey(left);
        if (!left.isEmpty() && !outletOnly && (kind != null || Text.SPACES.split(left).length > 6 || line.strip().endsWith(".")
                || !SPACED_SEPARATOR.matcher(line).matches() || !stampGoesOn)) {
            return null;
        }
        boolean updated = kind != null && (kind.contains("updated") || kind.contains("modified"));
        // "Voice of America’s immigration news - September 19, 2023": the stamp names the outlet
        String outlet = null;
        for (String part : WIDE_SPACES.split(left)) {
            String name = POSSESSIVE_ON.matcher(part.strip()).replaceFirst("");
            if (!name.isEmpty() && Lexicons.get().agenciesBySurface.containsKey(name)) {
                outlet = Dateline.agencyName(name);
            }
        }
        return new DateLine(dates.get(0).date(), line.strip(), updated, outlet);
    }

    private static DateLine cjkDateLine(Matcher stamp, String line) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(stamp.group("y")), Integer.parseInt(stamp.group("m")), Integer.parseInt(stamp.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
        String outlet = null;
        for (String label : stamp.group("labels").split("[,，、。]")) {
            String name = label.strip().replaceFirst("\\.$", "");
            if (Text.SPACES.split(name).length > 3) {
                return null; // a sentence, not a page's labels
            }
            if (Lexicons.get().agenciesBySurface.containsKey(name)) {
                outlet = Dateline.agencyName(name);
            }
        }
        return new DateLine(date, line.strip(), false, outlet);
    }
}
