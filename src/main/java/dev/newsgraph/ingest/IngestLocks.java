package dev.newsgraph.ingest;

import dev.newsgraph.domain.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Serialises ingests that touch the same names. Each transaction takes PostgreSQL advisory locks on every name
 * it may create (and on the article's content hash), all at once and in ascending order, so concurrent ingests
 * that share entities neither create duplicates nor deadlock. The locks are released at commit or rollback.
 */
@ApplicationScoped
class IngestLocks {
    @Inject
    EntityManager em;

    void lock(Collection<String> names) {
        String keys = names.stream()
                .map(Names::normalize)
                .distinct()
                .map(name -> Long.toString(name.hashCode()))
                .collect(Collectors.joining(","));
        if (keys.isEmpty()) {
            return;
        }
        // Volatile functions in the select list run after the ORDER BY, so the locks are taken in key order.
        em.createNativeQuery("select pg_advisory_xact_lock(k) from unnest(array[" + keys + "]::bigint[]) k order by k")
                .getResultList();
    }
}
