package dev.newsgraph.ingest;

import dev.newsgraph.domain.EntityType;
import dev.newsgraph.domain.NamedEntity;
import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the stored entity a declared person, organization or place stands for (by canonical name, alias or, for
 * a country, ISO code), or creates it, from the candidates of all of an article's names loaded at once. Callers hold
 * the advisory locks of the names involved (see {@link IngestLocks}), so two concurrent ingests cannot both create
 * the same entity.
 */
@ApplicationScoped
class EntityResolver {
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    @Inject
    EntityManager em;

    record Resolution(NamedEntity entity, boolean created) {
    }

    /** What an input declares about an entity; null fields are unknown. */
    record Description(EntityType type, String name, List<String> aliases, String kind, String countryCode,
                       Long parentId, Double latitude, Double longitude) {
    }

    /**
     * The stored entities that the given names, aliases and country codes may stand for, in one query: matches by
     * canonical name or alias (any type), and countries by ISO code. Callers hold the locks of the names they will
     * resolve or create (see {@link IngestLocks}), so what the query does not find cannot appear meanwhile.
     */
    @SuppressWarnings("unchecked")
    @Transactional // the caller's, or a read-only one of its own for the checks that precede the articles' transactions
    Known load(Collection<String> references) {
        Set<String> names = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (String reference : references) {
            String normalized = Names.normalize(reference);
            if (!normalized.isEmpty()) {
                names.add(normalized);
            }
            if (COUNTRY_CODE.matcher(reference).matches()) {
                codes.add(reference);
            }
        }
        if (names.isEmpty() && codes.isEmpty()) {
            return new Known(new ArrayList<>());
        }
        List<NamedEntity> found = em.createNativeQuery("""
                        select * from named_entity
                        where normalized_name = any(cast(:names as text[])) or normalized_aliases && cast(:names as text[])
                           or (type = 'PLACE' and kind = 'COUNTRY' and country_code = any(cast(:codes as text[])))
                        order by id""", NamedEntity.class)
                .setParameter("names", SqlArrays.text(names)).setParameter("codes", SqlArrays.text(codes))
                .getResultList();
        return new Known(new ArrayList<>(found));
    }

    /**
     * Stored entities loaded for one article (or, for checks, one request), kept in id order, with what the article
     * creates and adds to them: it answers as the database would, without a query per name.
     */
    final class Known {
        private final List<NamedEntity> entities;
        /** Ids of the entities this transaction holds the row locks of, read again under the lock. */
        private final Set<Long> locked = new HashSet<>();

        private Known(List<NamedEntity> entities) {
            this.entities = entities;
        }

        /** The stored entity the description stands for, as {@link #resolve} finds it, without changing anything. */
        Optional<NamedEntity> match(Description wanted) {
            String normalized = Names.normalize(wanted.name());
            return byName(wanted, normalized).or(() -> byAlias(wanted, normalized));
        }

        /**
         * Locks the rows of stored entities that this transaction will add to, in id order (so that concurrent ingests
         * cannot deadlock), and reads them again: what another transaction added meanwhile is kept, not overwritten.
         */
        void lockForUpdate(Collection<NamedEntity> toUpdate) {
            List<NamedEntity> rows = toUpdate.stream().filter(entity -> !locked.contains(entity.id)).distinct()
                    .sorted(Comparator.comparing(entity -> entity.id)).toList();
            if (rows.isEmpty()) {
                return;
            }
            // "No key update", as the update itself takes: it does not wait for, nor block, rows that refer to the entity.
            em.createNativeQuery("select id from named_entity where id = any(cast(:ids as bigint[])) order by id for no key update")
                    .setParameter("ids", SqlArrays.plain(rows.stream().map(entity -> entity.id).toList())).getResultList();
            rows.forEach(entity -> {
                em.refresh(entity);
                locked.add(entity.id);
            });
        }

        Resolution resolve(Description wanted) {
            Optional<NamedEntity> match = match(wanted);
            if (match.isPresent()) {
                NamedEntity entity = match.get();
                if (adds(entity, wanted)) {
                    lockForUpdate(List.of(entity)); // not foreseen by the caller: rare, so the lock order matters little
                    enrich(entity, wanted);
                }
                return new Resolution(entity, false);
            }
            String normalized = Names.normalize(wanted.name());
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
            entities.add(entity); // the newest id, so the order by id holds
            locked.add(entity.id); // no other transaction sees it before this one ends
            return new Resolution(entity, true);
        }

        /** An entity referred to by name, alias or country code that the article itself does not declare. */
        Optional<NamedEntity> findByReference(String reference) {
            String normalized = Names.normalize(reference);
            if (normalized.isEmpty()) {
                return Optional.empty();
            }
            List<NamedEntity> named = entities.stream().filter(entity -> normalized.equals(entity.normalizedName)).toList();
            if (!named.isEmpty()) {
                return Optional.of(named.stream().min(Comparator.comparing(EntityResolver::isCountry).reversed()).orElseThrow());
            }
            if (COUNTRY_CODE.matcher(reference).matches()) {
                Optional<NamedEntity> country = country(reference);
                if (country.isPresent()) {
                    return country;
                }
            }
            return aliasMatches(null, normalized).findFirst();
        }

        private Optional<NamedEntity> country(String code) {
            return entities.stream()
                    .filter(entity -> entity.type == EntityType.PLACE && "COUNTRY".equals(entity.kind) && code.equals(entity.countryCode))
                    .findFirst();
        }

        private Optional<NamedEntity> byName(Description wanted, String normalized) {
            Optional<NamedEntity> sameName = entities.stream()
                    .filter(entity -> entity.type == wanted.type() && normalized.equals(entity.normalizedName))
                    .filter(candidate -> compatible(candidate, wanted)).findFirst();
            if (sameName.isEmpty() && "COUNTRY".equals(wanted.kind()) && wanted.countryCode() != null) {
                return country(wanted.countryCode());
            }
            return sameName;
        }

        private Optional<NamedEntity> byAlias(Description wanted, String normalized) {
            return aliasMatches(wanted.type(), normalized).filter(candidate -> compatible(candidate, wanted)).findFirst();
        }

        private Stream<NamedEntity> aliasMatches(EntityType type, String normalized) {
            return entities.stream().filter(entity -> (type == null || entity.type == type) && entity.normalizedAliases.contains(normalized));
        }
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

    /** Whether {@link #enrich} would add something to the entity: a surface form, a country, a parent, coordinates. */
    static boolean adds(NamedEntity entity, Description wanted) {
        boolean newForm = Stream.concat(Stream.of(wanted.name()), wanted.aliases().stream()).map(Names::normalize)
                .anyMatch(form -> !form.isEmpty() && !form.equals(entity.normalizedName) && !entity.normalizedAliases.contains(form));
        return newForm || entity.countryCode == null && wanted.countryCode() != null
                || entity.parentId == null && wanted.parentId() != null && !wanted.parentId().equals(entity.id)
                || entity.latitude == null && wanted.latitude() != null;
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
