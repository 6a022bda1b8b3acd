package dev.newsgraph.domain;

import jakarta.persistence.Entity;

/** A person or organization that takes part in an event. */
@Entity
public class EventParticipant extends IdentityEntity {
    public Long eventId;
    public Long entityId;
}
