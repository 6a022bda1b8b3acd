package dev.newsgraph.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

@Entity
public class Incident extends IdentityEntity {
    @Enumerated(EnumType.STRING)
    public IncidentType type;
    public String title;
    public String normalizedTitle;
    public LocalDate occurredOn;
    @Enumerated(EnumType.STRING)
    public DatePrecision datePrecision;
    public String dateText;
    public Long placeId;
    public Long partOfId;
}
