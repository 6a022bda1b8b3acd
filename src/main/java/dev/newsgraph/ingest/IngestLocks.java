package dev.newsgraph.ingest;

import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;

/**
 * Serialises ingests that may create the same rows that no unique key guards: an article's content and item, and the
 * entities behind names and aliases. Each transaction takes PostgreSQL advisory locks on them, all at once and in
 * ascending order, in its first round trip (with its first query), so concurrent ingests that share entities neither
 * create duplicates nor deadlock. The locks are released at commit or rollback.
 * <p>
 * The same round trip lets the transaction reuse its plans: the connections plan every statement for its values
 * ({@code plan_cache_mode=force_custom_plan}, for the reads), and that held for the foreign key checks and trigger
 * statements an article runs by the dozen too, which were planned again each time (a third of PostgreSQL's CPU under
 * ingest). An ingest's statements are look-ups and inserts by key, which a generic plan serves as well.
 */
@ApplicationScoped
class IngestLocks {
    @Inject
    IngestSql sql;

    /**
     * The transaction's first round trip: lets the transaction reuse its plans, takes the locks of the names, then runs
     * {@code then} (which sees what the locks guard: a concurrent ingest of the same names has committed); its rows.
     */
    <T> List<T> begin(Collection<String> names, IngestSql.Query<T> then) {
        SqlArrays.Literal keys = SqlArrays.plain(names.stream().map(name -> (long) Names.normalize(name).hashCode()).distinct().toList());
        // The setting first, so that the lock statement too is planned once per connection, not for every transaction
        // (it was planned on every call when it set the mode itself). Volatile functions in the select list run after
        // the ORDER BY, so the locks are taken in key order.
        return sql.listAfter("""
                set local plan_cache_mode = auto;
                select pg_advisory_xact_lock(k) from (select k from unnest(cast(? as bigint[])) k order by k) ordered""", then, keys);
    }
}
