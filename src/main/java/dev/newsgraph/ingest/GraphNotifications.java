package dev.newsgraph.ingest;

import java.util.List;

/**
 * The PostgreSQL notifications an ingest sends for the article it stores and the incidents it creates, read by every
 * instance's subscription listener. They are issued inside the article's transaction, by the statement that writes
 * the article's rows (no round trip of their own): PostgreSQL delivers them only when that transaction commits, and
 * never when it rolls back, so listeners never hear of an article they cannot read. Payloads are "kind:id"
 * ({@code article:42}, {@code incident:7}), the article's first.
 */
public final class GraphNotifications {
    public static final String CHANNEL = "newsgraph_events";

    private GraphNotifications() {
    }

    /**
     * A scalar SQL expression that sends the notification of the article {@code articleId} (an SQL expression), then
     * those of its parameter, bound to {@link #incidents}. (Volatile functions in the select list run after the ORDER BY.)
     */
    static String sent(String articleId) {
        return "(select count(*) from (select pg_notify('" + CHANNEL + "', p) from unnest(array['article:' || " + articleId
                + "] || cast(? as text[])) with ordinality as e(p, n) order by n) as notified)";
    }

    /** The payloads of new incidents, for the parameter of {@link #sent}. */
    static SqlArrays.Literal incidents(List<Long> ids) {
        return SqlArrays.text(ids.stream().map(id -> "incident:" + id).toList());
    }
}
