package dev.newsgraph.ingest;

import dev.newsgraph.domain.EntityType;
import dev.newsgraph.domain.NamedEntity;
import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the stored entity a declared person, organization or place stands for (by canonical name, alias or, for
 * a country, ISO code), or creates it. Callers hold the advisory locks of the names involved (see
 * {@link IngestLocks}), so two concurrent ingests cannot both create the same entity.
 */
@ApplicationScoped
class EntityResolver {
    @Inject
    EntityManager em;

    record Resolution(NamedEntity entity, boolean created) {
    }

    /** What an input declares about an entity; null fields are unknown. */
    record Description(EntityType type, String name, List<String> aliases, String kind, String countryCode,
                       Long parentId, Double latitude, Double longitude) {
    }

    Resolution resolve(Description wanted) {
        String normalized = Names.normalize(wanted.name());
        Optional<NamedEntity> match = byName(wanted, normalized).or(() -> byAlias(wanted, normalized));
        if (match.isPresent()) {
            NamedEntity entity = match.get();
            enrich(entity, wanted);
            return new Resolution(entity, false);
        }
        NamedEntity entity = new NamedEntity();
        entity.type = wanted.type();
        entity.name = Names.tidy(wanted.name());
        entity.normalizedName = normalized;
        entity.kind = wanted.kind();
        entity.countryCode = wanted.countryCode();
        entity.parentId = wanted.parentId();
        entity.latitude = wanted.latitude();
        entity.longitude = wanted.longitude();
        addAliases(entity, wanted.aliases());
        entity.persist();
        return new Resolution(entity, true);
    }

    /** An entity referred to by name, alias or country code that the article itself does not declare. */
    Optional<NamedEntity> findByReference(String reference) {
        String normalized = Names.normalize(reference);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        List<NamedEntity> named = em.createQuery("from NamedEntity where normalizedName = :name order by id", NamedEntity.class)
                .setParameter("name", normalized).getResultList();
        if (!named.isEmpty()) {
            return Optional.of(named.stream().min(Comparator.comparing(EntityResolver::isCountry).reversed()).orElseThrow());
        }
        if (reference.matches("[A-Z]{2}")) {
            Optional<NamedEntity> country = country(reference);
            if (country.isPresent()) {
                return country;
            }
        }
        return aliasMatches(null, normalized).stream().findFirst();
    }

    private Optional<NamedEntity> country(String code) {
        return em.createQuery("from NamedEntity where type = :type and kind = 'COUNTRY' and countryCode = :code order by id",
                        NamedEntity.class)
                .setParameter("type", EntityType.PLACE).setParameter("code", code).getResultStream().findFirst();
    }

    private Optional<NamedEntity> byName(Description wanted, String normalized) {
        List<NamedEntity> candidates = em.createQuery(
                        "from NamedEntity where type = :type and normalizedName = :name order by id", NamedEntity.class)
                .setParameter("type", wanted.type()).setParameter("name", normalized).getResultList();
        Optional<NamedEntity> sameName = candidates.stream().filter(candidate -> compatible(candidate, wanted)).findFirst();
        if (sameName.isEmpty() && "COUNTRY".equals(wanted.kind()) && wanted.countryCode() != null) {
            return country(wanted.countryCode());
        }
        return sameName;
    }

    private Optional<NamedEntity> byAlias(Description wanted, String normalized) {
        return aliasMatches(wanted.type(), normalized).stream().filter(candidate -> compatible(candidate, wanted)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<NamedEntity> aliasMatches(EntityType type, String normalized) {
        return em.createNativeQuery("""
                        select * from named_entity
                        where normalized_aliases @> array[cast(:alias as text)] and (cast(:type as text) is null or type = :type)
                        order by id""", NamedEntity.class)
                .setParameter("alias", normalized).setParameter("type", type == null ? null : type.name())
                .getResultList();
    }

    private static boolean compatible(NamedEntity candidate, Description wanted) {
        boolean sameCountry = wanted.countryCode() == null || candidate.countryCode == null
                || wanted.countryCode().equals(candidate.countryCode);
        boolean sameKind = wanted.type() != EntityType.PLACE || Objects.equals(candidate.kind, wanted.kind());
        return sameCountry && sameKind;
    }

    private static boolean isCountry(NamedEntity entity) {
        return entity.type == EntityType.PLACE && "COUNTRY".equals(entity.kind);
    }

    /** Fills in what the stored entity does not know yet; never overwrites what it knows. */
    private static void enrich(NamedEntity entity, Description wanted) {
        List<String> surfaceForms = new ArrayList<>(wanted.aliases());
        surfaceForms.add(wanted.name());
        addAliases(entity, surfaceForms);
        if (entity.countryCode == null) {
            entity.countryCode = wanted.countryCode();
        }
        if (entity.parentId == null && wanted.parentId() != null && !wanted.parentId().equals(entity.id)) {
            entity.parentId = wanted.parentId();
        }
        if (entity.latitude == null && wanted.latitude() != null) {
            entity.latitude = wanted.latitude();
            entity.longitude = wanted.longitude();
        }
    }

    private static void addAliases(NamedEntity entity, List<String> surfaceForms) {
        List<String> aliases = new ArrayList<>(entity.aliases);
        List<String> normalizedAliases = new ArrayList<>(entity.normalizedAliases);
        for (String form : surfaceForms) {
            String normalized = Names.normalize(form);
            if (!normalized.isEmpty() && !normalized.equals(entity.normalizedName) && !normalizedAliases.contains(normalized)) {
                aliases.add(Names.tidy(form));
                normalizedAliases.add(normalized);
            }
        }
        // Replaced, not mutated: Hibernate detects changes to array columns by comparing values.
        entity.aliases = aliases;
        entity.normalizedAliases = normalizedAliases;
    }
}
