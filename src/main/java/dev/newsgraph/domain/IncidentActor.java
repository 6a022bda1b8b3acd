package dev.newsgraph.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A perpetrator, victim, target or party: a known entity, or only a description such as "armed men". */
@Entity
public class IncidentActor extends IdentityEntity {
    public Long incidentId;
    @Enumerated(EnumType.STRING)
    public ActorRole role;
    public Long entityId;
    public String description;
    @Enumerated(EnumType.STRING)
    public Attribution attribution;
}
