package dev.newsgraph.domain;

/** Discriminator of {@link NamedEntity}. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
