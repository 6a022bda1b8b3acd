package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.draft.OrganizationInput;
import dev.newsgraph.draft.PersonInput;
import dev.newsgraph.draft.PlaceInput;
import dev.newsgraph.domain.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's ingest under way: its input, the entities its names stand for, and what it has created and matched
 * so far, for the writers of its rows.
 */
final class StoringArticle {
    final ArticleInput input;
    final EntityResolver.Known entities;
    final ArticleReferences references;
    /** Declared entities with the surface forms the article uses for them, for mentions. */
    final Map<Long, List<String>> surfaceForms = new LinkedHashMap<>();
    final List<Long> createdEntityIds = new ArrayList<>();
    final List<Long> matchedEntityIds = new ArrayList<>();
    final List<Long> createdIncidentIds = new ArrayList<>();
    final List<Long> matchedIncidentIds = new ArrayList<>();
    final Map<String, Long> eventIdsByKey = new HashMap<>();
    /** The stored incident of each of the article's incident reports, in their order. */
    List<Long> incidentIds = List.of();

    StoringArticle(ArticleInput input, EntityResolver.Known entities) {
        this.input = input;
        this.entities = entities;
        this.references = new ArticleReferences(entities);
    }

    /** The id a reference of the article stands for (null for null); {@code field} names it in errors. */
    Long resolve(String reference, String field) {
        return references.resolve(reference, field);
    }

    /**
     * People and organizations, then places, matched or created (in memory: {@link EntityResolver#write} stores them).
     * First the rows of the stored entities the article will add to are locked, all at once in id order (a place whose
     * parent is declared counts as one it may add to), and ids are reserved for those it may create.
     */
    void declareEntities() {
        List<EntityResolver.Description> declarations = declarations(input);
        List<StoredEntity> toUpdate = new ArrayList<>();
        int unmatched = 0;
        int placesFrom = input.people().size() + input.organizations().size();
        for (int i = 0; i < declarations.size(); i++) {
            EntityResolver.Description declaration = declarations.get(i);
            boolean hasParent = i >= placesFrom && input.places().get(i - placesFrom).parent() != null;
            var match = entities.match(declaration);
            match.filter(entity -> EntityResolver.adds(entity, declaration) || hasParent && entity.parentId() == null)
                    .ifPresent(toUpdate::add);
            unmatched += match.isEmpty() ? 1 : 0;
        }
        entities.lockForUpdate(toUpdate);
        entities.reserveIds(unmatched);
        declarations.subList(0, placesFrom).forEach(this::declare);
        // Parents first, so that a parent reference finds its place declared.
        for (PlaceInput place : ArticleChecks.parentsFirst(input.places())) {
            declare(place(place, resolve(place.parent(), "places.parent of " + place.name())));
        }
    }

    private void declare(EntityResolver.Description description) {
        EntityResolver.Resolution resolution = entities.resolve(description);
        StoredEntity entity = resolution.entity();
        (resolution.created() ? createdEntityIds : matchedEntityIds).add(entity.id());
        references.declare(entity, description.name(), description.aliases());
        List<String> forms = surfaceForms.computeIfAbsent(entity.id(), id -> new ArrayList<>());
        forms.add(description.name());
        forms.addAll(description.aliases());
    }

    /**
     * What the article declares about each person, organization and place; places with their parent unresolved (null),
     * since a parent may be a place the article creates.
     */
    static List<EntityResolver.Description> declarations(ArticleInput input) {
        List<EntityResolver.Description> declarations = new ArrayList<>();
        for (PersonInput person : input.people()) {
            declarations.add(new EntityResolver.Description(EntityType.PERSON, person.name(), person.aliases(), null, null,
                    null, null, null));
        }
        for (OrganizationInput organization : input.organizations()) {
            String kind = organization.kind() == null ? "OTHER" : organization.kind().name();
            declarations.add(new EntityResolver.Description(EntityType.ORGANIZATION, organization.name(), organization.aliases(),
                    kind, organization.countryCode(), null, null, null));
        }
        for (PlaceInput place : input.places()) {
            declarations.add(place(place, null));
        }
        return declarations;
    }

    private static EntityResolver.Description place(PlaceInput place, Long parentId) {
        return new EntityResolver.Description(EntityType.PLACE, place.name(), place.aliases(), place.kind().name(),
                place.countryCode(), parentId, place.latitude(), place.longitude());
    }
}
