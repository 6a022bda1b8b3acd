package dev.newsgraph.graphql.subscription;

import dev.newsgraph.ingest.ArticleStored;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Announces stored articles and incidents to every instance, this one included, with PostgreSQL NOTIFY.
 * The notification is issued inside the ingest transaction (on its connection, in one statement for the article and
 * its new incidents): PostgreSQL delivers it only when that transaction commits, and never when it rolls back, so
 * listeners never hear of an article they cannot read.
 */
@ApplicationScoped
public class EventNotifier {
    static final String CHANNEL = "newsgraph_events";

    @Inject
    AgroalDataSource dataSource;

    void onStored(@Observes ArticleStored stored) {
        List<GraphEvent> events = new ArrayList<>();
        events.add(new GraphEvent(GraphEvent.Kind.ARTICLE, stored.articleId()));
        stored.newIncidentIds().forEach(id -> events.add(new GraphEvent(GraphEvent.Kind.INCIDENT, id)));
        // Payloads are "kind:id": no quotes or backslashes to escape in the array literal.
        String payloads = events.stream().map(GraphEvent::payload).collect(Collectors.joining(",", "{", "}"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement(
                     "select pg_notify(?, p) from unnest(cast(? as text[])) with ordinality as e(p, n) order by n")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payloads);
            notify.executeQuery().close();
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }
}
