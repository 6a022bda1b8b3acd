package dev.newsgraph.ingest;

import org.eclipse.microprofile.graphql.Description;

@Description("What ingesting an article did.")
public enum IngestStatus {
    @Description("The article was new and is now stored.")
    CREATED,
    @Description("The article was already stored; it is now also linked to the given feed. Nothing else changed.")
    FEED_ADDED,
    @Description("The article was already stored with this feed: nothing changed.")
    UNCHANGED,
    @Description("A newer version of a stored item (same external identifier): the stored article now has its content.")
    UPDATED
}
