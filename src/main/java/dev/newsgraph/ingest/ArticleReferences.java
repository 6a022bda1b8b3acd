package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.domain.Names;
import dev.newsgraph.domain.PlaceKind;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.extract.ReferenceFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The symbol table of one article: which entity each reference (a name, alias or ISO country code) stands for.
 * Declared entities win over stored ones, and canonical names over aliases, so "Russia" is the country even
 * when an organization has "Russia" as an alias.
 */
public final class ArticleReferences {
    /** Marks a declared country code among the normalized names of {@link #checkAll} (no normalized name has a colon). */
    private static final String COUNTRY_CODE_PREFIX = "code:";
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byAlias = new HashMap<>();
    private final Map<String, Long> byCountryCode = new HashMap<>();
    private final EntityResolver.Known stored;

    ArticleReferences(EntityResolver.Known stored) {
        this.stored = stored;
    }

    void declare(StoredEntity entity, String declaredName, List<String> aliases) {
        byName.putIfAbsent(Names.normalize(declaredName), entity.id());
        byName.putIfAbsent(entity.normalizedName(), entity.id());
        aliases.forEach(alias -> byAlias.putIfAbsent(Names.normalize(alias), entity.id()));
        if ("COUNTRY".equals(entity.kind()) && entity.countryCode() != null) {
            byCountryCode.putIfAbsent(entity.countryCode(), entity.id());
        }
    }

    /** The id the reference stands for; null for a null reference; an error when nothing matches. */
    Long resolve(String reference, String field) {
        if (reference == null) {
            return null;
        }
        String normalized = Names.normalize(reference);
        Long id = byName.get(normalized);
        if (id == null && reference.matches("[A-Z]{2}")) {
            id = byCountryCode.get(reference);
        }
        if (id == null) {
            id = byAlias.get(normalized);
        }
        if (id == null) {
            id = stored.findByReference(reference).map(StoredEntity::id).orElseThrow(() -> unknown(reference, field));
        }
        return id;
    }

    /**
     * Checks every reference of the article without resolving declared entities first: declared names, then the
     * stored graph. The declared names are normalized once for all references, not once per reference.
     */
    static void checkAll(ArticleInput input, EntityResolver.Known stored) {
        Set<String> declared = new HashSet<>();
        forEachDeclaredName(input, (name, countryCode) -> {
            declared.add(Names.normalize(name));
            if (countryCode != null) {
                declared.add(COUNTRY_CODE_PREFIX + countryCode);
            }
        });
        ReferenceFields.forEach(input, (field, reference) -> {
            boolean declares = declared.contains(Names.normalize(reference))
                    || declared.contains(COUNTRY_CODE_PREFIX + reference);
            if (!declares && stored.findByReference(reference).isEmpty()) {
                throw unknown(reference, field);
            }
        });
    }

    /** Every surface form the article declares, with the country code of declared countries (else null). */
    static void forEachDeclaredName(ArticleInput input, BiConsumer<String, String> action) {
        input.people().forEach(person -> {
            action.accept(person.name(), null);
            person.aliases().forEach(alias -> action.accept(alias, null));
        });
        input.organizations().forEach(organization -> {
            action.accept(organization.name(), null);
            organization.aliases().forEach(alias -> action.accept(alias, null));
        });
        input.places().forEach(place -> {
            String countryCode = place.kind() == PlaceKind.COUNTRY ? place.countryCode() : null;
            action.accept(place.name(), countryCode);
            place.aliases().forEach(alias -> action.accept(alias, countryCode));
        });
    }

    /** Every name the article declares or refers to: what its entity resolution may have to look up. */
    static List<String> names(ArticleInput input) {
        List<String> names = new ArrayList<>();
        forEachDeclaredName(input, (name, countryCode) -> {
            names.add(name);
            if (countryCode != null) {
                names.add(countryCode);
            }
        });
        ReferenceFields.forEach(input, (field, reference) -> names.add(reference));
        return names;
    }

    private static BadUserInputException unknown(String reference, String field) {
        return new BadUserInputException("Unknown reference '" + reference + "' in " + field
                + ": declare it in people, organizations or places of the same article, or use the name of a stored entity");
    }

}
