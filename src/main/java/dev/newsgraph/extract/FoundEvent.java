package dev.newsgraph.extract;

import dev.newsgraph.domain.DatePrecision;
import dev.newsgraph.domain.EventKind;
import dev.newsgraph.draft.StatementInput;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** An event being assembled from the sentences that mention it. */
final class FoundEvent {

    final EventKind kind;
    String place;
    String venue;
    LocalDate date;
    DatePrecision precision;
    String dateText;
    final Set<String> participants = new LinkedHashSet<>();
    /** Whom a meeting was with ("met with X"): meetings with different people are different meetings. */
    final Set<String> partners = new LinkedHashSet<>();
    final Set<StatementInput> statements = new LinkedHashSet<>();
    String linkSpeaker;
    String key;
    boolean nationwide;

    FoundEvent(EventKind kind) {
        this.kind = kind;
    }

    /** One event: same kind, and no disagreement on place or date. */
    boolean sameAs(FoundEvent o) {
        return kind == o.kind && (place == null || o.place == null || place.equals(o.place)) && !otherPartners(o)
                && (date == null || o.date == null || date.equals(o.date))
                && (place != null && place.equals(o.place) || date != null && date.equals(o.date)
                || venue != null && venue.equals(o.venue));
    }

    boolean otherPartners(FoundEvent o) {
        return !partners.isEmpty() && !o.partners.isEmpty() && partners.stream().noneMatch(o.partners::contains);
    }

    /** The same occasion as another kind: "the summit" told of a meeting of leaders the story told of before. */
    FoundEvent as(EventKind other) {
        FoundEvent f = new FoundEvent(other);
        f.absorb(this);
        f.nationwide = nationwide;
        f.key = key;
        return f;
    }

    /** What another mention tells of the same event: its participants and statements, and what the event lacked. */
    void absorb(FoundEvent f) {
        participants.addAll(f.participants);
        partners.addAll(f.partners);
        statements.addAll(f.statements);
        if (place == null) {
            place = f.place;
        }
        if (venue == null) {
            venue = f.venue;
        }
        if (linkSpeaker == null) {
            linkSpeaker = f.linkSpeaker;
        }
        if (date == null) {
            date = f.date;
            precision = f.precision;
            dateText = f.dateText;
        }
    }

    String title(ArticleContext ctx) {
        String who = participants.isEmpty() ? null : participants.iterator().next();
        String what = switch (kind) {
            case SPEECH -> "speech";
            case PRESS_CONFERENCE -> "press conference";
            case SUMMIT -> "summit";
            case MEETING -> "meeting";
            case VISIT -> "visit";
            case CONFERENCE -> "conference";
            case PROTEST -> "protest";
            case ELECTION -> "election";
            case TRIAL -> "trial";
            case INTERVIEW -> "interview";
            case CEREMONY -> "ceremony";
            case OTHER -> "event";
        };
        String where = venue != null ? " at the " + venue : place != null ? (kind == EventKind.VISIT ? " to " : " in ") + place : "";
        Entities.Person person = who == null ? null : ctx.entities.people.get(who);
        return (who == null ? capitalize(what) : (person != null ? person.surname() : who) + " " + what) + where;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
