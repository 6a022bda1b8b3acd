package dev.newsgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person, organization or place. One table for the three, so that every link (mention, speaker, actor,
 * role) is a real foreign key whatever kind of entity it points at.
 */
@Entity
@Table(name = "named_entity")
public class NamedEntity extends IdentityEntity {
    @Enumerated(EnumType.STRING)
    public EntityType type;
    public String name;
    public String normalizedName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> normalizedAliases = new ArrayList<>();
    /** A {@link PlaceKind} or {@link OrganizationKind} name; null for people. */
    public String kind;
    @Column(columnDefinition = "char(2)")
    public String countryCode;
    public Long parentId;
    public Double latitude;
    public Double longitude;

    public PlaceKind placeKind() {
        return type == EntityType.PLACE ? PlaceKind.valueOf(kind) : null;
    }

    public OrganizationKind organizationKind() {
        return type == EntityType.ORGANIZATION ? OrganizationKind.valueOf(kind) : null;
    }
}
