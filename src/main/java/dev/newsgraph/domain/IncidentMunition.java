package dev.newsgraph.domain;

import jakarta.persistence.Entity;

@Entity
public class IncidentMunition extends IdentityEntity {
    public Long incidentId;
    public String weapon;
    public int quantity;
    public boolean atLeast;
}
