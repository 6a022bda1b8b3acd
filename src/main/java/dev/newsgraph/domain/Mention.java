package dev.newsgraph.domain;

import jakarta.persistence.Entity;

/** An article mentions an entity, in a given sentence (null when the entity is only implied). */
@Entity
public class Mention extends IdentityEntity {
    public Long articleId;
    public Long entityId;
    public String sentence;
}
