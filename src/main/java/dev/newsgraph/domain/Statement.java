package dev.newsgraph.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

@Entity
public class Statement extends IdentityEntity {
    public Long articleId;
    /** Order of the statement within its article. */
    public int position;
    @Enumerated(EnumType.STRING)
    public StatementKind kind;
    public String text;
    public Long speakerId;
    public LocalDate saidOn;
    public Long venueId;
    public String channel;
    /** The event it was said at, e.g. a speech. */
    public Long eventId;
    /** Who said it when the text does not name them: "a security source". */
    public String speakerDescription;
}
