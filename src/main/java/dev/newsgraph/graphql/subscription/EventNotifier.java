package dev.newsgraph.graphql.subscription;

import dev.newsgraph.ingest.ArticleStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Announces stored articles and incidents to every instance, this one included, with PostgreSQL NOTIFY.
 * The notification is issued inside the ingest transaction: PostgreSQL delivers it only when that transaction
 * commits, and never when it rolls back, so listeners never hear of an article they cannot read.
 */
@ApplicationScoped
public class EventNotifier {
    static final String CHANNEL = "newsgraph_events";

    @Inject
    EntityManager em;

    void onStored(@Observes ArticleStored stored) {
        notify(new GraphEvent(GraphEvent.Kind.ARTICLE, stored.articleId()));
        stored.newIncidentIds().forEach(id -> notify(new GraphEvent(GraphEvent.Kind.INCIDENT, id)));
    }

    private void notify(GraphEvent event) {
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL).setParameter("payload", event.payload())
                .getSingleResult();
    }
}
