package dev.newsgraph.ingest;

import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;

/**
 * Serialises ingests that may create the same rows that no unique key guards: an article's content and item, and the
 * entities behind names and aliases. Each transaction takes PostgreSQL advisory locks on them, all at once and in
 * ascending order, as its first statement, so concurrent ingests that share entities neither create duplicates nor
 * deadlock. The locks are released at commit or rollback.
 */
@ApplicationScoped
class IngestLocks {
    @Inject
    IngestSql sql;

    void lock(Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        SqlArrays.Literal keys = SqlArrays.plain(names.stream().map(name -> (long) Names.normalize(name).hashCode()).distinct().toList());
        // Volatile functions in the select list run after the ORDER BY, so the locks are taken in key order.
        sql.list("select pg_advisory_xact_lock(k) from unnest(cast(? as bigint[])) k order by k", row -> null, keys);
    }
}
