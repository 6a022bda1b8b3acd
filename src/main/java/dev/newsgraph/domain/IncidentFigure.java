package dev.newsgraph.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One source's count of something in an incident; differing tolls from different sources are all kept. */
@Entity
public class IncidentFigure extends IdentityEntity {
    public Long incidentId;
    @Enumerated(EnumType.STRING)
    public FigureKind kind;
    public int value;
    /** "at least", "over", "more than": the value is a lower bound. */
    public boolean atLeast;
    public Long reportedById;
    public Long articleId;
    public String note;
    /** When the source gave it: later figures of the primary source supersede earlier ones. */
    public java.time.LocalDate reportedOn;
    /** A party to the conflict claiming it (an army on enemy losses): never the best estimate. */
    public boolean partyClaim;
}
