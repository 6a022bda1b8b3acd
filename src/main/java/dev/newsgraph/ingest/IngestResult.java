package dev.newsgraph.ingest;

import java.util.List;

/** What one article's ingest did: ids of the stored article and of the entities and incidents it created or matched. */
public record IngestResult(IngestStatus status, long articleId,
                           List<Long> createdEntityIds, List<Long> matchedEntityIds,
                           List<Long> createdIncidentIds, List<Long> matchedIncidentIds) {

    static IngestResult alreadyStored(long articleId, boolean feedAdded) {
        return new IngestResult(feedAdded ? IngestStatus.FEED_ADDED : IngestStatus.UNCHANGED, articleId,
                List.of(), List.of(), List.of(), List.of());
    }
}
