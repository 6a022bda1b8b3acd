package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static dev.newsgraph.extract.EventPlaces.compatible;
import static dev.newsgraph.extract.EventPlaces.moreSpecific;

/** One event per occasion: the mentions of one event, sentence by sentence and across the story, merged. */
final class EventDedup {

    /** Kinds a story seldom tells two of at once: mentions that agree on place and date are one event. */
    static final Set<EventKind> ONE_AT_A_TIME = Set.of(EventKind.SUMMIT, EventKind.CONFERENCE, EventKind.ELECTION,
            EventKind.TRIAL, EventKind.PROTEST);

    /** How many days apart two mentions of protest at one place may be and still tell of one protest. */
    private static final int PROTEST_DAYS = 7;

    /**
     * Mentions of one event that the sentence-by-sentence merge kept apart for want of a place or date in common: a
     * summit told with and without its city, a visitor's trip to a city and to its country, talks between the same two.
     */
    static void dedupe(ArticleContext ctx, List<FoundEvent> found) {
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                FoundEvent a = found.get(i);
                FoundEvent b = found.get(j);
                if (a.kind != b.kind || !compatible(ctx, a.place, b.place) || !sameDays(a, b) || a.otherPartners(b)) {
                    continue;
                }
                boolean same = ONE_AT_A_TIME.contains(a.kind)
                        || a.kind == EventKind.VISIT && (a.participants.isEmpty() || b.participants.isEmpty()
                        || a.participants.stream().anyMatch(b.participants::contains))
                        || a.participants.size() >= 2 && a.participants.equals(b.participants);
                if (same) {
                    String place = moreSpecific(ctx, a.place, b.place);
                    FoundEvent earlier = b.date != null && (a.date == null || b.date.isBefore(a.date)) ? b : a;
                    a.absorb(b);
                    a.place = place;
                    a.date = earlier.date;
                    a.precision = earlier.precision;
                    a.dateText = earlier.dateText;
                    found.remove(j--);
                }
            }
        }
    }

    /**
     * Whether two mentions can be of one occasion by their dates: the same day, or one undated. A protest goes on for
     * days ("a rally in the square, Dec. 15", "... Dec. 18", "... Dec. 20"): mentions a few days apart at one place are
     * the one protest, dated from its first day told.
     */
    private static boolean sameDays(FoundEvent a, FoundEvent b) {
        if (a.date == null || b.date == null || a.date.equals(b.date)) {
            return true;
        }
        return a.kind == EventKind.PROTEST && Math.abs(ChronoUnit.DAYS.between(a.date, b.date)) <= PROTEST_DAYS;
    }

    static void merge(List<FoundEvent> found, FoundEvent f) {
        for (FoundEvent g : found) {
            if (g.sameAs(f)) {
                g.absorb(f);
                return;
            }
        }
        found.add(f);
    }

    private EventDedup() {
    }
}
