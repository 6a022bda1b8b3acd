package dev.newsgraph.domain;

import jakarta.persistence.Entity;

/** A title a person holds or held: at an organization, for a place (a country, a city), or both. */
@Entity
public class PersonRole extends IdentityEntity {
    public Long personId;
    public String title;
    public Long organizationId;
    public Long placeId;
    /** True for a current role, false for a former one, null when the text does not say. */
    public Boolean current;
    /** The article the role was learned from. */
    public Long articleId;
}
