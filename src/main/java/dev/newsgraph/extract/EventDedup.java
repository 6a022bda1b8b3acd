package dev.newsgraph.extract;

import dev.newsgraph.domain.EventKind;

import java.util.List;
import java.util.Set;

import static dev.newsgraph.extract.EventPlaces.compatible;
import static dev.newsgraph.extract.EventPlaces.moreSpecific;

/** One event per occasion: the mentions of one event, sentence by sentence and across the story, merged. */
final class EventDedup {

    /** Kinds a story seldom tells two of at once: mentions that agree on place and date are one event. */
    static final Set<EventKind> ONE_AT_A_TIME = Set.of(EventKind.SUMMIT, EventKind.CONFERENCE, EventKind.ELECTION,
            EventKind.TRIAL, EventKind.PROTEST);

    /**
     * Mentions of one event that the sentence-by-sentence merge kept apart for want of a place or date in common: a
     * summit told with and without its city, a visitor's trip to a city and to its country, talks between the same two.
     */
    static void dedupe(ArticleContext ctx, List<FoundEvent> found) {
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                FoundEvent a = found.get(i);
                FoundEvent b = found.get(j);
                if (a.kind != b.kind || !compatible(ctx, a.place, b.place) || a.date != null && b.date != null && !a.date.equals(b.date)
                        || a.otherPartners(b)) {
                    continue;
                }
                boolean same = ONE_AT_A_TIME.contains(a.kind)
                        || a.kind == EventKind.VISIT && (a.participants.isEmpty() || b.participants.isEmpty()
                        || a.participants.stream().anyMatch(b.participants::contains))
                        || a.participants.size() >= 2 && a.participants.equals(b.participants);
                if (same) {
                    String place = moreSpecific(ctx, a.place, b.place);
                    a.absorb(b);
                    a.place = place;
                    found.remove(j--);
                }
            }
        }
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
