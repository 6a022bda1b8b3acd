package dev.newsgraph.domain;

import jakarta.persistence.Entity;

/** A source of raw copy (a scraped file, a wire feed); one article may arrive in several. */
@Entity
public class Feed extends IdentityEntity {
    public String name;
}
