package dev.newsgraph.extract;

import dev.newsgraph.domain.DatePrecision;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When an event took place: a month named with it, else the date its sentence gives, against the article's day. */
final class EventDates {

    static final Pattern MONTH_CUE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(\\d{4}))?\\s+(?:[a-z-]+\\s+)?"
                    + "(?:summit|meeting|talks|visit|conference|forum|congress|election|referendum|trial|hearing)");

    static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|next|upcoming|planned|scheduled|to be held)\\b");

    /**
     * The month nearest the anchor: "the June summit" in March is this June, in November last June; in a sentence about
     * the future ("would decide", "next") the next such month.
     */
    static LocalDate nearestMonth(LocalDate anchor, int month, boolean future) {
        if (anchor == null) {
            return null;
        }
        if (future) {
            LocalDate d = LocalDate.of(anchor.getYear(), month, 1);
            return d.isBefore(anchor.withDayOfMonth(1)) ? d.plusYears(1) : d;
        }
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, 1);
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    /** The day the article speaks from: its publication date, else the first full date its text gives. */
    static LocalDate anchor(ArticleContext ctx) {
        if (ctx.publication.publishedOn() != null) {
            return ctx.publication.publishedOn();
        }
        for (ArticleContext.Sentence s : ctx.body()) {
            List<DateResolver.FoundDate> dates = DateResolver.fullDates(s.text);
            if (!dates.isEmpty()) {
                return dates.get(0).date();
            }
        }
        return ctx.publication.notBefore();
    }

    /** The month that names the cue between from and to ("the June summit", "March 2024 elections"), or null. */
    static Matcher monthNaming(String sentence, int from, int to) {
        Matcher mc = Prefilter.matcher(MONTH_CUE, sentence);
        return mc.find() && mc.end() >= to && mc.start() <= from ? mc : null;
    }

    /** When: a date in the sentence; a month named with the cue is the nearest such month. */
    static DateResolver.TimeRef when(ArticleContext ctx, String sentence, Matcher monthNaming) {
        if (monthNaming != null) {
            Matcher mc = monthNaming;
            int month = DateResolver.month(mc.group(1));
            LocalDate d = mc.group(2) != null ? LocalDate.of(Integer.parseInt(mc.group(2)), month, 1) : nearestMonth(anchor(ctx), month, FUTURE.matcher(sentence).find());
            if (d != null) {
                return new DateResolver.TimeRef(d, DatePrecision.MONTH, mc.group(1) + (mc.group(2) == null ? "" : " " + mc.group(2)));
            }
        }
        return DateResolver.timeRef(sentence, ctx.publication.publishedOn(), ctx.publication.notBefore());
    }

    private EventDates() {
    }
}
