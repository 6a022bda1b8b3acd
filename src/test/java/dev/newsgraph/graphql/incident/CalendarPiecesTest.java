package dev.newsgraph.graphql.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pieces of the calendar incidentStats' totals are kept for start on Mondays and on the first of each month. */
class CalendarPiecesTest {
    @Test
    void piecesStartOnMondaysAndFirstsOfMonths() {
        assertTrue(CalendarPieces.startsPiece(LocalDate.of(2025, 6, 9)), "a Monday");
        assertTrue(CalendarPieces.startsPiece(LocalDate.of(2025, 6, 1)), "a Sunday, first of the month");
        assertFalse(CalendarPieces.startsPiece(LocalDate.of(2025, 6, 7)), "a Saturday");
    }

    @Test
    void aWindowsWholePiecesLieWithinIt() {
        // Thursday 5 June to Sunday 29 June 2025: whole pieces from Monday 9 June to the day before Monday 30 June.
        assertEquals(LocalDate.of(2025, 6, 9), CalendarPieces.firstStartFrom(LocalDate.of(2025, 6, 5)));
        assertEquals(LocalDate.of(2025, 6, 30), CalendarPieces.lastStartUntil(LocalDate.of(2025, 6, 30)));
        // Across a month's end: Friday 28 February 2025 starts no piece; Saturday 1 March does.
        assertEquals(LocalDate.of(2025, 3, 1), CalendarPieces.firstStartFrom(LocalDate.of(2025, 2, 28)));
        assertEquals(LocalDate.of(2025, 3, 1), CalendarPieces.lastStartUntil(LocalDate.of(2025, 3, 2)));
    }
}
