package dev.newsgraph.ingest;

import dev.newsgraph.domain.EntityType;
import java.util.List;

/**
 * A row of named_entity as ingest sees it: a person, organization or place, with the names it is known by.
 * Immutable: what an article adds to a stored entity makes a new value that replaces the old one.
 */
record StoredEntity(long id, EntityType type, String name, String normalizedName, List<String> aliases,
                    List<String> normalizedAliases, String kind, String countryCode, Long parentId, Double latitude,
                    Double longitude) {

    boolean isCountry() {
        return type == EntityType.PLACE && "COUNTRY".equals(kind);
    }
}
