package dev.newsgraph.graphql.subscription;

import dev.newsgraph.error.TranslatesDatabaseFailures;
import dev.newsgraph.graphql.article.ArticleNode;
import dev.newsgraph.graphql.incident.IncidentNode;
import dev.newsgraph.graphql.node.GlobalId;
import dev.newsgraph.graphql.node.NodeType;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@TranslatesDatabaseFailures
public class SubscriptionApi {
    @Inject
    GraphEvents events;

    @Subscription
    @NonNull
    @Description("Every article newly stored, as soon as its ingest commits (graphql-transport-ws at /graphql).")
    public Multi<ArticleNode> articleIngested() {
        return events.articles();
    }

    @Subscription
    @NonNull
    @Description("Every incident newly stored, optionally only those at a place or within it (a country, a province).")
    public Multi<IncidentNode> incidentReported(@Id @Description("Only incidents at this place or within it.") String within) {
        Long place = within == null ? null : GlobalId.decode(within, NodeType.Place, "within");
        return events.incidents()
                .filter(event -> place == null || event.withinKeys().contains(place))
                .map(GraphEvents.IncidentEvent::incident);
    }
}
