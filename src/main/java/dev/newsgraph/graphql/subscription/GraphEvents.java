package dev.newsgraph.graphql.subscription;

import dev.newsgraph.db.Reads;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.node.NodeLoader;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The subscription events of this instance's subscribers. Every committed ingest, on any instance, reaches here
 * through PostgreSQL ({@link dev.newsgraph.ingest.GraphNotifications} → {@link EventListener}); each event is loaded
 * once, with everything subscribers filter on, and broadcast. An event of a kind nobody here subscribes to is not loaded at all: under a
 * sustained ingest that loading cost 2 to 3 % of the server's CPU for nothing.
 */
@ApplicationScoped
public class GraphEvents {
    /** A reported incident with the keys of every place it lies within: its place, that place's ancestors, its country. */
    public record IncidentEvent(IncidentNode incident, Set<Long> withinKeys) {
    }

    private final BroadcastProcessor<ArticleNode> articles = BroadcastProcessor.create();
    private final BroadcastProcessor<IncidentEvent> incidents = BroadcastProcessor.create();
    private final AtomicInteger articleSubscribers = new AtomicInteger();
    private final AtomicInteger incidentSubscribers = new AtomicInteger();

    @Inject
    NodeLoader loader;
    @Inject
    Reads reads;

    @ActivateRequestContext
    void deliver(GraphEvent event) {
        switch (event.kind()) {
            case ARTICLE -> {
                if (articleSubscribers.get() == 0) {
                    return;
                }
                ArticleNode article = loader.articles(List.of(event.id())).get(event.id());
                if (article != null) {
                    articles.onNext(article);
                }
            }
            case INCIDENT -> {
                if (incidentSubscribers.get() == 0) {
                    return;
                }
                IncidentNode incident = loader.incidents(List.of(event.id())).get(event.id());
                if (incident != null) {
                    incidents.onNext(new IncidentEvent(incident, placesWithin(event.id())));
                }
            }
        }
    }

    public Multi<ArticleNode> articles() {
        return counted(articles, articleSubscribers);
    }

    public Multi<IncidentEvent> incidents() {
        return counted(incidents, incidentSubscribers);
    }

    /**
     * The events of a processor, its subscriber counted before it joins the broadcast: every event whose delivery
     * begins once it is counted is loaded and reaches it.
     */
    private static <T> Multi<T> counted(BroadcastProcessor<T> processor, AtomicInteger subscribers) {
        return Multi.createFrom().deferred(() -> {
            subscribers.incrementAndGet();
            return processor.onTermination().invoke(subscribers::decrementAndGet);
        });
    }

    private Set<Long> placesWithin(long incidentId) {
        @SuppressWarnings("unchecked")
        List<Number> places = reads.run(session -> session.createNativeQuery("""
                        select unnest(p.place_ancestors) from incident i join named_entity p on p.id = i.place_id where i.id = :id
                        union
                        select c.id from incident i join named_entity p on p.id = i.place_id
                        join named_entity c on c.type = 'PLACE' and c.kind = 'COUNTRY' and c.country_code = p.country_code
                        where i.id = :id""")
                .setParameter("id", incidentId).getResultList());
        Set<Long> within = new HashSet<>();
        places.forEach(place -> within.add(place.longValue()));
        return within;
    }
}
