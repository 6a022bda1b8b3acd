package dev.newsgraph.graphql.ingest;

import dev.newsgraph.ingest.IngestResult;
import dev.newsgraph.ingest.IngestStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What ingesting one article did: whether it was new, and which entities and incidents it created or matched.")
public record IngestOutcome(
        @NonNull @Description("CREATED, FEED_ADDED, UNCHANGED or UPDATED.") IngestStatus status,
        @Ignore IngestResult result) {
}
