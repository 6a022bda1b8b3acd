package dev.newsgraph.formats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The calendar date of a feed timestamp (RFC 822 in RSS, ISO 8601 elsewhere), in the offset it was written in. */
final class FeedDates {

    private static final DateTimeFormatter RFC_822_NO_WEEKDAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] [Z][z]", Locale.ENGLISH);

    private FeedDates() {
    }

    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not ISO 8601 with an offset
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not RFC 1123
        }
        try {
            return ZonedDateTime.parse(v.replaceFirst("^[A-Za-z]{3},\\s*", ""), RFC_822_NO_WEEKDAY).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not RFC 822 with a zone name
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return LocalDate.parse(v.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                // "2025-13-45"
            }
        }
        return null;
    }
}
