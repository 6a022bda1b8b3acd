package dev.newsgraph.ingest;

import dev.newsgraph.domain.EntityType;
import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the stored entity a declared person, organization or place stands for (by canonical name, alias or, for
 * a country, ISO code), or creates it, from the candidates of all of an article's names loaded at once. Callers hold
 * the advisory locks of the names that may be created (see {@link IngestLocks}), so two concurrent ingests cannot both
 * create the same entity.
 */
@ApplicationScoped
class EntityResolver {
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final String COLUMNS = "id, type, name, normalized_name, aliases, normalized_aliases, kind, country_code, "
            + "parent_id, latitude, longitude";

    @Inject
    IngestSql sql;

    record Resolution(StoredEntity entity, boolean created) {
    }

    /** What an input declares about an entity; null fields are unknown. */
    record Description(EntityType type, String name, List<String> aliases, String kind, String countryCode,
                       Long parentId, Double latitude, Double longitude) {
    }

    /**
     * The stored entities that the given names, aliases and country codes may stand for, in one query: matches by
     * canonical name or alias (any type), and countries by ISO code.
     */
    // The caller's transaction; without one (the checks that precede the articles' transactions), a statement of its own,
    // without the BEGIN and COMMIT a transaction would add.
    @Transactional(Transactional.TxType.SUPPORTS)
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
        // Each way of matching by an index of its own, aliases by named_entity_alias (V17): an overlap of the aliases'
        // arrays with the names was read by a sequential scan comparing every alias with every name.
        return new Known(new ArrayList<>(sql.list("select " + COLUMNS + """
                         from named_entity
                        where id in (select id from named_entity where normalized_name = any(cast(? as text[]))
                                     union select id from named_entity_alias where alias = any(cast(? as text[]))
                                     union select id from named_entity
                                            where type = 'PLACE' and kind = 'COUNTRY' and country_code = any(cast(? as text[])))
                        order by id""", EntityResolver::entity, SqlArrays.text(names), SqlArrays.text(names), SqlArrays.text(codes))));
    }

    /** Inserts the entities the article created (in one statement) and updates those it added to (in another). */
    void write(Known known) {
        List<Map<String, Object>> created = new ArrayList<>();
        for (StoredEntity entity : known.created.values()) {
            created.add(IngestSql.row("n", created.size(), "id", entity.id(), "type", entity.type(), "name", entity.name(),
                    "normalized_name", entity.normalizedName(), "aliases", entity.aliases(), "normalized_aliases", entity.normalizedAliases(),
                    "kind", entity.kind(), "country_code", entity.countryCode(), "parent_id", entity.parentId(),
                    "latitude", entity.latitude(), "longitude", entity.longitude()));
        }
        if (!created.isEmpty()) {
            // In order: a place's parent is inserted before it, so that the ancestors trigger finds the parent's row.
            sql.update("""
                    insert into named_entity (id, type, name, normalized_name, aliases, normalized_aliases, kind, country_code,
                                              parent_id, latitude, longitude)
                    select id, type, name, normalized_name, aliases, normalized_aliases, kind, country_code, parent_id, latitude, longitude
                    from json_to_recordset(cast(? as json)) as r(n int, id bigint, type text, name text, normalized_name text,
                         aliases text[], normalized_aliases text[], kind text, country_code text, parent_id bigint,
                         latitude float8, longitude float8)
                    order by n""", IngestSql.rows(created));
        }
        List<Map<String, Object>> changed = new ArrayList<>();
        for (StoredEntity entity : known.changed.values()) {
            changed.add(IngestSql.row("id", entity.id(), "aliases", entity.aliases(), "normalized_aliases", entity.normalizedAliases(),
                    "country_code", entity.countryCode(), "parent_id", entity.parentId(), "latitude", entity.latitude(),
                    "longitude", entity.longitude()));
        }
        if (!changed.isEmpty()) {
            sql.update("""
                    update named_entity e
                    set aliases = r.aliases, normalized_aliases = r.normalized_aliases, country_code = r.country_code,
                        parent_id = r.parent_id, latitude = r.latitude, longitude = r.longitude
                    from json_to_recordset(cast(? as json)) as r(id bigint, aliases text[], normalized_aliases text[],
                         country_code text, parent_id bigint, latitude float8, longitude float8)
                    where e.id = r.id""", IngestSql.rows(changed));
        }
        known.created.clear();
        known.changed.clear();
    }

    private static StoredEntity entity(ResultSet row) throws SQLException {
        return new StoredEntity(row.getLong("id"), EntityType.valueOf(row.getString("type")), row.getString("name"),
                row.getString("normalized_name"), IngestSql.texts(row, "aliases"), IngestSql.texts(row, "normalized_aliases"),
                row.getString("kind"), row.getString("country_code"), IngestSql.nullableLong(row, "parent_id"),
                IngestSql.nullableDouble(row, "latitude"), IngestSql.nullableDouble(row, "longitude"));
    }

    /**
     * Stored entities loaded for one article (or, for checks, one request), kept in id order, with what the article
     * creates and adds to them: it answers as the database would, without a query per name. The article's rows are
     * written by {@link #write}.
     */
    final class Known {
        private final List<StoredEntity> entities;
        /** Ids of the entities this transaction holds the row locks of, read again under the lock, or created. */
        private final Set<Long> locked = new HashSet<>();
        /** Ids from the entity sequence, reserved for the entities the article may create. */
        private final Deque<Long> reservedIds = new ArrayDeque<>();
        private final Map<Long, StoredEntity> created = new LinkedHashMap<>();
        private final Map<Long, StoredEntity> changed = new LinkedHashMap<>();

        private Known(List<StoredEntity> entities) {
            this.entities = entities;
        }

        /**
         * These entities and those of {@code more} (read later: their version wins), for one article's transaction: what
         * the article creates and adds to changes the copy, never this.
         */
        Known with(Known more) {
            Map<Long, StoredEntity> byId = new TreeMap<>();
            entities.forEach(entity -> byId.put(entity.id(), entity));
            more.entities.forEach(entity -> byId.put(entity.id(), entity));
            return new Known(new ArrayList<>(byId.values()));
        }

        /** The stored entity the description stands for, as {@link #resolve} finds it, without changing anything. */
        Optional<StoredEntity> match(Description wanted) {
            String normalized = Names.normalize(wanted.name());
            return byName(wanted, normalized).or(() -> byAlias(wanted, normalized));
        }

        /** Takes {@code count} ids from the entity sequence (one statement) for entities {@link #resolve} creates. */
        void reserveIds(int count) {
            if (count > reservedIds.size()) {
                reservedIds.addAll(sql.list("""
                        select nextval(s) from (select cast(pg_get_serial_sequence('named_entity', 'id') as regclass) as s) q,
                               generate_series(1, ?)""", row -> row.getLong(1), count - reservedIds.size()));
            }
        }

        /**
         * Locks the rows of stored entities that this transaction will add to, in id order (so that concurrent ingests
         * cannot deadlock), and reads them again in the same statement: what another transaction added meanwhile is
         * kept, not overwritten.
         */
        void lockForUpdate(Collection<StoredEntity> toUpdate) {
            List<Long> ids = toUpdate.stream().map(StoredEntity::id).filter(id -> !locked.contains(id)).distinct().sorted().toList();
            if (ids.isEmpty()) {
                return;
            }
            // "No key update", as the update itself takes: it does not wait for, nor block, rows that refer to the entity.
            List<StoredEntity> fresh = sql.list("select " + COLUMNS + " from named_entity where id = any(cast(? as bigint[])) "
                    + "order by id for no key update", EntityResolver::entity, SqlArrays.plain(ids));
            fresh.forEach(this::replace);
            locked.addAll(ids);
        }

        private void replace(StoredEntity entity) {
            for (int i = 0; i < entities.size(); i++) {
                if (entities.get(i).id() == entity.id()) {
                    entities.set(i, entity);
                    return;
                }
            }
            entities.add(entity);
        }

        Resolution resolve(Description wanted) {
            Optional<StoredEntity> match = match(wanted);
            if (match.isPresent()) {
                StoredEntity entity = match.get();
                if (adds(entity, wanted)) {
                    lockForUpdate(List.of(entity)); // not foreseen by the caller: rare, so the lock order matters little
                    entity = enrich(entities.stream().filter(e -> e.id() == match.get().id()).findFirst().orElseThrow(), wanted);
                    replace(entity);
                    (created.containsKey(entity.id()) ? created : changed).put(entity.id(), entity);
                }
                return new Resolution(entity, false);
            }
            if (reservedIds.isEmpty()) {
                reserveIds(1);
            }
            List<String> aliases = new ArrayList<>();
            List<String> normalizedAliases = new ArrayList<>();
            addAliases(Names.normalize(wanted.name()), aliases, normalizedAliases, wanted.aliases());
            StoredEntity entity = new StoredEntity(reservedIds.poll(), wanted.type(), Names.tidy(wanted.name()),
                    Names.normalize(wanted.name()), aliases, normalizedAliases, wanted.kind(), wanted.countryCode(),
                    wanted.parentId(), wanted.latitude(), wanted.longitude());
            entities.add(entity); // ids come from the sequence in order, so the order by id holds
            locked.add(entity.id()); // no other transaction sees it before this one ends
            created.put(entity.id(), entity);
            return new Resolution(entity, true);
        }

        /** An entity referred to by name, alias or country code that the article itself does not declare. */
        Optional<StoredEntity> findByReference(String reference) {
            String normalized = Names.normalize(reference);
            if (normalized.isEmpty()) {
                return Optional.empty();
            }
            List<StoredEntity> named = entities.stream().filter(entity -> normalized.equals(entity.normalizedName())).toList();
            if (!named.isEmpty()) {
                return Optional.of(named.stream().min(Comparator.comparing(StoredEntity::isCountry).reversed()).orElseThrow());
            }
            if (COUNTRY_CODE.matcher(reference).matches()) {
                Optional<StoredEntity> country = country(reference);
                if (country.isPresent()) {
                    return country;
                }
            }
            return aliasMatches(null, normalized).findFirst();
        }

        private Optional<StoredEntity> country(String code) {
            return entities.stream().filter(entity -> entity.isCountry() && code.equals(entity.countryCode())).findFirst();
        }

        private Optional<StoredEntity> byName(Description wanted, String normalized) {
            Optional<StoredEntity> sameName = entities.stream()
                    .filter(entity -> entity.type() == wanted.type() && normalized.equals(entity.normalizedName()))
                    .filter(candidate -> compatible(candidate, wanted)).findFirst();
            if (sameName.isEmpty() && "COUNTRY".equals(wanted.kind()) && wanted.countryCode() != null) {
                return country(wanted.countryCode());
            }
            return sameName;
        }

        private Optional<StoredEntity> byAlias(Description wanted, String normalized) {
            return aliasMatches(wanted.type(), normalized).filter(candidate -> compatible(candidate, wanted)).findFirst();
        }

        private Stream<StoredEntity> aliasMatches(EntityType type, String normalized) {
            return entities.stream().filter(entity -> (type == null || entity.type() == type) && entity.normalizedAliases().contains(normalized));
        }
    }

    private static boolean compatible(StoredEntity candidate, Description wanted) {
        boolean sameCountry = wanted.countryCode() == null || candidate.countryCode() == null
                || wanted.countryCode().equals(candidate.countryCode());
        boolean sameKind = wanted.type() != EntityType.PLACE || Objects.equals(candidate.kind(), wanted.kind());
        return sameCountry && sameKind;
    }

    /** Whether {@link #enrich} would add something to the entity: a surface form, a country, a parent, coordinates. */
    static boolean adds(StoredEntity entity, Description wanted) {
        boolean newForm = Stream.concat(Stream.of(wanted.name()), wanted.aliases().stream()).map(Names::normalize)
                .anyMatch(form -> !form.isEmpty() && !form.equals(entity.normalizedName()) && !entity.normalizedAliases().contains(form));
        return newForm || entity.countryCode() == null && wanted.countryCode() != null
                || entity.parentId() == null && wanted.parentId() != null && !wanted.parentId().equals(entity.id())
                || entity.latitude() == null && wanted.latitude() != null;
    }

    /** The entity with what it did not know yet filled in; never overwrites what it knows. */
    private static StoredEntity enrich(StoredEntity entity, Description wanted) {
        List<String> aliases = new ArrayList<>(entity.aliases());
        List<String> normalizedAliases = new ArrayList<>(entity.normalizedAliases());
        List<String> surfaceForms = new ArrayList<>(wanted.aliases());
        surfaceForms.add(wanted.name());
        addAliases(entity.normalizedName(), aliases, normalizedAliases, surfaceForms);
        boolean newParent = entity.parentId() == null && wanted.parentId() != null && !wanted.parentId().equals(entity.id());
        boolean newPosition = entity.latitude() == null && wanted.latitude() != null;
        return new StoredEntity(entity.id(), entity.type(), entity.name(), entity.normalizedName(), aliases, normalizedAliases,
                entity.kind(), entity.countryCode() != null ? entity.countryCode() : wanted.countryCode(),
                newParent ? wanted.parentId() : entity.parentId(),
                newPosition ? wanted.latitude() : entity.latitude(), newPosition ? wanted.longitude() : entity.longitude());
    }

    private static void addAliases(String normalizedName, List<String> aliases, List<String> normalizedAliases, List<String> surfaceForms) {
        for (String form : surfaceForms) {
            String normalized = Names.normalize(form);
            if (!normalized.isEmpty() && !normalized.equals(normalizedName) && !normalizedAliases.contains(normalized)) {
                aliases.add(Names.tidy(form));
                normalizedAliases.add(normalized);
            }
        }
    }
}
