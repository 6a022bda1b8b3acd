package dev.newsgraph.graphql.subscription;

import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ApplicationScoped // one set of subscription counters
@TranslatesDatabaseFailures
public class SubscriptionApi {
    @Inject
    GraphEvents events;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry registry;
    private final Map<String, AtomicLong> openSubscriptions = new ConcurrentHashMap<>();

    @Subscription
    @NonNull
    @Description("Every article newly stored, as soon as its ingest commits (graphql-transport-ws at /graphql).")
    public Multi<ArticleNode> articleIngested() {
        return counted("articleIngested", onSubscribersContext(events.articles()));
    }

    @Subscription
    @NonNull
    @Description("Every incident newly stored, optionally only those at a place or within it (a country, a province).")
    public Multi<IncidentNode> incidentReported(@Id @Description("Only incidents at this place or within it.") String within) {
        Long place = within == null ? null : GlobalId.decode(within, NodeType.Place, "within");
        return counted("incidentReported", onSubscribersContext(events.incidents()
                .filter(event -> place == null || event.withinKeys().contains(place))
                .map(GraphEvents.IncidentEvent::incident)));
    }

    /** Keeps mp_graphql_subscription{name} at the number of open subscriptions of the field. */
    private <T> Multi<T> counted(String field, Multi<T> events) {
        AtomicLong open = openSubscriptions.computeIfAbsent(field,
                name -> registry.gauge("mp_graphql_subscription", Tags.of("name", name), new AtomicLong()));
        return events.onSubscription().invoke(open::incrementAndGet).onTermination().invoke(open::decrementAndGet);
    }

    /**
     * Events arrive on the listener's own thread, which has no Vert.x context; SmallRye resolves the fields of a payload
     * that are batched (@Source List: dateline, people, incidents, ...) as tasks of the current Vert.x context and
     * failed on every one of them without it. So each subscriber gets its events on the Vert.x context it subscribed
     * from, its connection's, as ordered blocking tasks: in order, one at a time, and on a worker thread, since the
     * fields read the database (db/Reads refuses to run on an event loop), as in a query.
     */
    private <T> Multi<T> onSubscribersContext(Multi<T> events) {
        Context current = Vertx.currentContext();
        Context context = current != null ? current : vertx.getOrCreateContext();
        return events.emitOn(command -> context.executeBlocking(() -> {
            command.run();
            return null;
        }, true));
    }
}
