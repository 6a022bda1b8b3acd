package dev.newsgraph.graphql.ingest;

import dev.newsgraph.ingest.IngestResult;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts what ingests did, for /q/metrics: articles by status, and entities and incidents created or matched.
 */
@ApplicationScoped
public class IngestMetrics {
    @Inject
    MeterRegistry registry;

    void record(IngestResult result) {
        registry.counter("newsgraph.ingest.articles", "status", result.status().name()).increment();
        count("newsgraph.ingest.entities", "created", result.createdEntityIds().size());
        count("newsgraph.ingest.entities", "matched", result.matchedEntityIds().size());
        count("newsgraph.ingest.incidents", "created", result.createdIncidentIds().size());
        count("newsgraph.ingest.incidents", "matched", result.matchedIncidentIds().size());
    }

    private void count(String name, String outcome, int amount) {
        registry.counter(name, "outcome", outcome).increment(amount);
    }
}
