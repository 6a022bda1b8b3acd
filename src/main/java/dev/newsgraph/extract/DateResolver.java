package dev.newsgraph.extract;

import dev.newsgraph.domain.DateBasis;
import dev.newsgraph.domain.DatePrecision;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates from the text's own evidence. Wire copy gives weekdays ("said on Wednesday"), captions give full dates; a
 * caption date confirmed by a weekday in the body dates the story, a file photo's date only bounds it from below.
 */
final class DateResolver {

    record FoundDate(LocalDate date, String text) {
    }

    record Publication(LocalDate publishedOn, DateBasis basis, String evidence, LocalDate notBefore) {
    }

    /** A time reference in a sentence: resolved date when possible, its precision and the words used. */
    record TimeRef(LocalDate date, DatePrecision precision, String text) {
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    /** "March 28, 2024", "March 28th, 2024", a site's "Nov 05,2023". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b");
    /** "28 March 2024", "28th March 2024", "28th of March, 2024". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + "),?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(early|late)\\s+)?(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern IN_MONTH = Pattern.compile(
            "\\b(?:in|since|last|early|late|mid-)\\s*(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(\\d{4}))?\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(overnight|at night|last night|early (?:today|on)|today|yesterday)\\b");

    private DateResolver() {
    }

    static List<FoundDate> fullDates(String text) {
        List<FoundDate> out = new ArrayList<>();
        Matcher m = Prefilter.matcher(MONTH_DAY_YEAR, text);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), m.group());
        }
        m = Prefilter.matcher(DAY_MONTH_YEAR, text);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), m.group());
        }
        m = Prefilter.matcher(ISO, text);
        while (m.find()) {
            add(out, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group());
        }
        return out;
    }

    private static void add(List<FoundDate> out, int y, int mo, int d, String text) {
        try {
            if (mo > 0) {
                out.add(new FoundDate(LocalDate.of(y, mo, d), text));
            }
        } catch (DateTimeException ignored) {
            // "February 30": not a date
        }
    }

    /** The months' English names in lower case, January first: asking the locale data on every call cost more. */
    private static final String[] MONTH_NAMES = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)).toArray(String[]::new);

    static int month(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            String full = MONTH_NAMES[i];
            if (full.equals(key) || full.startsWith(key) && key.length() >= 3) {
                return i + 1;
            }
        }
        return 0;
    }

    static List<DayOfWeek> weekdays(String text) {
        List<DayOfWeek> out = new ArrayList<>();
        Matcher m = Prefilter.matcher(WEEKDAY, text);
        while (m.find()) {
            out.add(DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    /** The day with that weekday on or before the anchor: wire copy's weekdays point into the past week. */
    static LocalDate resolve(DayOfWeek day, LocalDate anchor) {
        return anchor == null ? null : anchor.with(TemporalAdjusters.previousOrSame(day));
    }

    static Publication publication(RawArticle article) {
        LocalDate fileDate = null;
        String fileText = null;
        for (RawArticle.RawCaption c : article.captions()) {
            List<FoundDate> dates = fullDates(c.text());
            if (dates.isEmpty()) {
                continue;
            }
            FoundDate d = dates.get(0);
            if (c.filePhoto()) {
                if (fileDate == null || d.date().isAfter(fileDate)) {
                    fileDate = d.date();
                    fileText = d.text();
                }
                continue;
            }
            String body = String.join("\n", article.paragraphs());
            Matcher w = WEEKDAY.matcher(body);
            while (w.find()) {
                if (DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT)) == d.date().getDayOfWeek()) {
                    return new Publication(d.date(), DateBasis.CAPTION_AND_WEEKDAY,
                            "photo caption '" + d.text() + "' and '" + w.group().strip() + "' ("
                                    + d.date() + " is a " + cap(d.date().getDayOfWeek()) + ")", null);
                }
            }
            return new Publication(d.date(), DateBasis.CAPTION, "photo caption '" + d.text() + "'", null);
        }
        // A full date in the body itself ("WARSAW, March 26, 2025 (Reuters) -") is stated by the source.
        if (!article.paragraphs().isEmpty()) {
            List<FoundDate> lead = fullDates(article.paragraphs().get(0));
            if (!lead.isEmpty() && article.paragraphs().get(0).indexOf(lead.get(0).text()) < 60) {
                return new Publication(lead.get(0).date(), DateBasis.STATED, "dateline '" + lead.get(0).text() + "'", null);
            }
        }
        if (fileDate != null) {
            return new Publication(null, DateBasis.UNKNOWN,
                    "file photo dated '" + fileText + "' does not date the story", fileDate);
        }
        return new Publication(null, DateBasis.UNKNOWN, null, null);
    }

    private static String cap(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The first time reference in a piece of text, resolved against the publication date when there is one. */
    static TimeRef timeRef(String text, LocalDate published, LocalDate notBefore) {
        List<FoundDate> full = fullDates(text);
        if (!full.isEmpty()) {
            return new TimeRef(full.get(0).date(), DatePrecision.DAY, full.get(0).text());
        }
        // through the prefilter: asked of most sentences, and most name no time at all
        Matcher w = Prefilter.matcher(WEEKDAY, text);
        if (w.find()) {
            DayOfWeek day = DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT));
            LocalDate d = resolve(day, published);
            String words = w.group().strip();
            if (!words.startsWith("on") && !words.startsWith("early") && !words.startsWith("late")) {
                words = "on " + words;
            }
            return new TimeRef(d, d == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, words);
        }
        Matcher m = Prefilter.matcher(IN_MONTH, text);
        if (m.find()) {
            int month = month(m.group(1));
            LocalDate anchor = published != null ? published : notBefore;
            LocalDate d = null;
            if (m.group(2) != null) {
                d = LocalDate.of(Integer.parseInt(m.group(2)), month, 1);
            } else if (anchor != null) {
                d = LocalDate.of(anchor.getYear(), month, 1);
                if (d.isAfter(anchor)) {
                    d = d.minusYears(1);
                }
            }
            return new TimeRef(d, d == null ? DatePrecision.UNKNOWN : DatePrecision.MONTH, m.group().strip());
        }
        Matcher r = Prefilter.matcher(RELATIVE, text);
        if (r.find()) {
            String word = r.group(1);
            LocalDate d = published;
            if (word.equals("yesterday")) {
                d = published == null ? null : published.minusDays(1);
            }
            return new TimeRef(d, d == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, word);
        }
        return null;
    }
}
