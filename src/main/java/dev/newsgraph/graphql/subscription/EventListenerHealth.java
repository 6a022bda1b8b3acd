package dev.newsgraph.graphql.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while this instance hears the events of every instance, so its subscribers miss nothing. */
@Readiness
@ApplicationScoped
public class EventListenerHealth implements HealthCheck {
    @Inject
    EventListener listener;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Subscription events (PostgreSQL LISTEN)").status(listener.listening()).build();
    }
}
