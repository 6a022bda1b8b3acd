package dev.newsgraph.domain;

import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
public class Photo extends IdentityEntity {
    public Long articleId;
    public int position;
    public String caption;
    public String credit;
    public Long agencyId;
    public Long photographerId;
    public LocalDate takenOn;
    public Long placeId;
    /** A file photo shows an earlier scene: its date does not date the story. */
    public boolean filePhoto;
}
