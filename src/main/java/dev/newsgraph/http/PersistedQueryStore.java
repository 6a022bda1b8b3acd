package dev.newsgraph.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query texts by their SHA-256, within a memory budget: when a new query would go over it, the least recently used
 * ones go. Each entry is counted at two bytes per character of its query (a Java string takes one or two) plus
 * {@link #ENTRY_OVERHEAD} for its key and the map's bookkeeping, so the store never holds more than its budget. A query
 * larger than the whole budget is not stored: it still runs, and its client keeps sending it in full.
 */
final class PersistedQueryStore {
    /** The 64-character hash key, two string headers and the map entry, rounded up. */
    static final int ENTRY_OVERHEAD = 256;

    private final long budget;
    private long used;
    private final LinkedHashMap<String, String> queries = new LinkedHashMap<>(256, 0.75f, true);

    PersistedQueryStore(long budgetBytes) {
        this.budget = budgetBytes;
    }

    static long weight(String query) {
        return 2L * query.length() + ENTRY_OVERHEAD;
    }

    synchronized String get(String hash) {
        return queries.get(hash);
    }

    synchronized void put(String hash, String query) {
        long weight = weight(query);
        if (weight > budget || queries.get(hash) != null) { // get: a known query counts as used
            return;
        }
        Iterator<Map.Entry<String, String>> eldest = queries.entrySet().iterator();
        while (used + weight > budget) {
            used -= weight(eldest.next().getValue());
            eldest.remove();
        }
        queries.put(hash, query);
        used += weight;
    }

    synchronized int size() {
        return queries.size();
    }

    synchronized long usedBytes() {
        return used;
    }
}
