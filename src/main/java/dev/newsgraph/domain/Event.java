package dev.newsgraph.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A speech, summit, press conference...: the occasion at which statements are made. */
@Entity
public class Event extends IdentityEntity {
    @Enumerated(EnumType.STRING)
    public EventKind kind;
    public String title;
    public String normalizedTitle;
    public LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision;
    public String dateText;
    public Long placeId;
    /** The institution that hosts it, e.g. a university. */
    public Long venueId;
}
