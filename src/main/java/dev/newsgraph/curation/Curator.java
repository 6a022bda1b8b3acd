package dev.newsgraph.curation;

import dev.newsgraph.domain.NamedEntity;
import dev.newsgraph.error.BadUserInputException;
import dev.newsgraph.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Editorial corrections of the graph, each in one transaction. */
@ApplicationScoped
public class Curator {
    /**
     * Moves every link of a duplicate entity to the kept one. Links the kept entity already has are dropped first,
     * so that the unique constraints hold.
     */
    private static final List<String> MERGE = List.of(
            "delete from mention d using mention k where d.entity_id = :dup and k.entity_id = :keep and k.article_id = d.article_id and k.sentence is not distinct from d.sentence",
            "update mention set entity_id = :keep where entity_id = :dup",
            "delete from statement_about d using statement_about k where d.entity_id = :dup and k.entity_id = :keep and k.statement_id = d.statement_id",
            "update statement_about set entity_id = :keep where entity_id = :dup",
            "delete from incident_actor d using incident_actor k where d.entity_id = :dup and k.entity_id = :keep and k.incident_id = d.incident_id and k.role = d.role",
            "update incident_actor set entity_id = :keep where entity_id = :dup",
            "delete from incident_figure d using incident_figure k where d.reported_by_id = :dup and k.reported_by_id = :keep and k.incident_id = d.incident_id and k.kind = d.kind and k.value = d.value and k.at_least = d.at_least",
            "update incident_figure set reported_by_id = :keep where reported_by_id = :dup",
            "delete from person_role d using person_role k where d.person_id = :dup and k.person_id = :keep and k.title = d.title and k.organization_id is not distinct from d.organization_id and k.place_id is not distinct from d.place_id",
            "update person_role set person_id = :keep where person_id = :dup",
            "delete from person_role d using person_role k where d.organization_id = :dup and k.organization_id = :keep and k.person_id = d.person_id and k.title = d.title and k.place_id is not distinct from d.place_id",
            "update person_role set organization_id = :keep where organization_id = :dup",
            "delete from person_role d using person_role k where d.place_id = :dup and k.place_id = :keep and k.person_id = d.person_id and k.title = d.title and k.organization_id is not distinct from d.organization_id",
            "update person_role set place_id = :keep where place_id = :dup",
            "update statement set speaker_id = :keep where speaker_id = :dup",
            "update statement set venue_id = :keep where venue_id = :dup",
            "update incident set place_id = :keep where place_id = :dup",
            "delete from event_participant d using event_participant k where d.entity_id = :dup and k.entity_id = :keep and k.event_id = d.event_id",
            "update event_participant set entity_id = :keep where entity_id = :dup",
            "update event set place_id = :keep where place_id = :dup",
            "update event set venue_id = :keep where venue_id = :dup",
            "update article set dateline_id = :keep where dateline_id = :dup",
            "update article set source_id = :keep where source_id = :dup",
            "update photo set agency_id = :keep where agency_id = :dup",
            "update photo set photographer_id = :keep where photographer_id = :dup",
            "update photo set place_id = :keep where place_id = :dup",
            "update named_entity set parent_id = :keep where parent_id = :dup and id <> :keep",
            "update named_entity set parent_id = null where id = :keep and parent_id = :dup");

    @Inject
    EntityManager em;

    @Transactional
    public void merge(long keep, long duplicate) {
        if (keep == duplicate) {
            throw new BadUserInputException("An entity cannot be merged into itself");
        }
        NamedEntity kept = found(keep);
        NamedEntity merged = found(duplicate);
        if (kept.type != merged.type) {
            throw new BadUserInputException("Cannot merge a " + merged.type + " into a " + kept.type);
        }
        for (String statement : MERGE) {
            em.createNativeQuery(statement).setParameter("keep", keep).setParameter("dup", duplicate).executeUpdate();
        }
        List<String> aliases = new ArrayList<>(kept.aliases);
        List<String> normalized = new ArrayList<>(kept.normalizedAliases);
        List<String> forms = new ArrayList<>(merged.aliases);
        forms.add(merged.name);
        List<String> formsNormalized = new ArrayList<>(merged.normalizedAliases);
        formsNormalized.add(merged.normalizedName);
        for (int i = 0; i < forms.size(); i++) {
            if (!normalized.contains(formsNormalized.get(i)) && !formsNormalized.get(i).equals(kept.normalizedName)) {
                aliases.add(forms.get(i));
                normalized.add(formsNormalized.get(i));
            }
        }
        kept.aliases = aliases;
        kept.normalizedAliases = normalized;
        em.remove(merged);
    }

    @Transactional
    public void deleteArticle(long articleId) {
        if (em.createNativeQuery("delete from article where id = :id").setParameter("id", articleId).executeUpdate() == 0) {
            throw new NotFoundException("No article with this ID");
        }
        // Photos, mentions, statements, feed links and figures went with the article (on delete cascade).
        em.createNativeQuery("delete from incident i where not exists (select 1 from incident_article l where l.incident_id = i.id)")
                .executeUpdate();
        em.createNativeQuery("delete from event e where not exists (select 1 from event_article l where l.event_id = e.id)")
                .executeUpdate();
    }

    private NamedEntity found(long id) {
        NamedEntity entity = em.find(NamedEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("No person, organization or place with this ID");
        }
        return entity;
    }
}
