package dev.newsgraph.ingest;

import java.util.List;

/** CDI event fired when an article is stored; observers act after the transaction commits. */
public record ArticleStored(long articleId, List<Long> newIncidentIds) {
}
