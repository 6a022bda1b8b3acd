package dev.newsgraph.domain;

import jakarta.persistence.Entity;

@Entity
public class EventArticle extends IdentityEntity {
    public Long eventId;
    public Long articleId;
}
