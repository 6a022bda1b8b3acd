package dev.newsgraph.domain;

import jakarta.persistence.Entity;

@Entity
public class StatementAbout extends IdentityEntity {
    public Long statementId;
    public Long entityId;
}
