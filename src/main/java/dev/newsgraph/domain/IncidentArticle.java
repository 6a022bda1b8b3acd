package dev.newsgraph.domain;

import jakarta.persistence.Entity;

@Entity
public class IncidentArticle extends IdentityEntity {
    public Long incidentId;
    public Long articleId;
}
