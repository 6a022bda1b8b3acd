package dev.newsgraph.graphql.subscription;

import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.node.NodeLoader;
import dev.newsgraph.ingest.ArticleStored;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns committed ingests into subscription events. Events are built once, after the commit, with everything
 * subscribers filter on, so that a subscriber never sees an article that was rolled back.
 */
@ApplicationScoped
public class GraphEvents {
    /** A reported incident with the keys of every place it lies within: its place, that place's ancestors, its country. */
    public record IncidentEvent(IncidentNode incident, Set<Long> withinKeys) {
    }

    private final BroadcastProcessor<ArticleNode> articles = BroadcastProcessor.create();
    private final BroadcastProcessor<IncidentEvent> incidents = BroadcastProcessor.create();

    @Inject
    NodeLoader loader;
    @Inject
    EntityManager em;

    @ActivateRequestContext
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored stored) {
        ArticleNode article = loader.articles(List.of(stored.articleId())).get(stored.articleId());
        if (article != null) {
            articles.onNext(article);
        }
        if (stored.newIncidentIds().isEmpty()) {
            return;
        }
        Map<Long, Set<Long>> within = placesWithin(stored.newIncidentIds());
        loader.incidents(stored.newIncidentIds()).values()
                .forEach(incident -> incidents.onNext(new IncidentEvent(incident, within.getOrDefault(incident.key(), Set.of()))));
    }

    public Multi<ArticleNode> articles() {
        return articles;
    }

    public Multi<IncidentEvent> incidents() {
        return incidents;
    }

    private Map<Long, Set<Long>> placesWithin(List<Long> incidentIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with recursive up(incident, place) as (
                            select i.id, i.place_id from incident i where i.id = any(:ids) and i.place_id is not null
                            union
                            select u.incident, p.parent_id from up u join named_entity p on p.id = u.place where p.parent_id is not null
                        )
                        select incident, place from up
                        union
                        select i.id, c.id from incident i join named_entity p on p.id = i.place_id
                        join named_entity c on c.type = 'PLACE' and c.kind = 'COUNTRY' and c.country_code = p.country_code
                        where i.id = any(:ids)""")
                .setParameter("ids", incidentIds.toArray(Long[]::new)).getResultList();
        Map<Long, Set<Long>> within = new HashMap<>();
        for (Object[] row : rows) {
            within.computeIfAbsent(((Number) row[0]).longValue(), key -> new HashSet<>()).add(((Number) row[1]).longValue());
        }
        return within;
    }
}
