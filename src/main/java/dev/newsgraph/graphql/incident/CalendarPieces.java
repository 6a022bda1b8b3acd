package dev.newsgraph.graphql.incident;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The pieces of the calendar that incidentStats' totals are kept for (migration V10, {@code incident_stat_day}): the
 * days an ISO week and a month share, so that every piece lies in one month and in one ISO week. A piece starts on a
 * Monday or on the first of a month.
 */
final class CalendarPieces {
    private CalendarPieces() {
    }

    static boolean startsPiece(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfMonth() == 1;
    }

    /** The first piece that starts on or after this day. */
    static LocalDate firstStartFrom(LocalDate day) {
        LocalDate start = day;
        while (!startsPiece(start)) {
            start = start.plusDays(1);
        }
        return start;
    }

    /** The last piece that starts on or before this day. */
    static LocalDate lastStartUntil(LocalDate day) {
        LocalDate start = day;
        while (!startsPiece(start)) {
            start = start.minusDays(1);
        }
        return start;
    }
}
