package dev.newsgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The memory budget of the persisted queries and its least-recently-used eviction. */
class PersistedQueryStoreTest {
    private static final String QUERY = "{ articles(first: 1) { nodes { id } } }";

    @Test
    void staysWithinItsBudgetDroppingTheLeastRecentlyUsed() {
        long weight = PersistedQueryStore.weight(QUERY + 0);
        PersistedQueryStore store = new PersistedQueryStore(3 * weight);
        for (int i = 0; i < 3; i++) {
            store.put("h" + i, QUERY + i);
        }
        assertEquals(QUERY + 0, store.get("h0")); // h0 used: h1 is now the least recently used
        store.put("h3", QUERY + 3);

        assertNull(store.get("h1"));
        assertEquals(QUERY + 0, store.get("h0"));
        assertEquals(QUERY + 3, store.get("h3"));
        assertEquals(3, store.size());
        assertEquals(3 * weight, store.usedBytes());

        for (int i = 4; i < 1000; i++) {
            store.put("h" + i, QUERY + i);
            assertTrue(store.usedBytes() <= 3 * weight, "over budget after " + i + " queries");
        }
    }

    @Test
    void aQueryLargerThanTheBudgetIsNotStoredAndEvictsNothing() {
        PersistedQueryStore store = new PersistedQueryStore(1024);
        store.put("small", QUERY);
        store.put("large", "x".repeat(1024));

        assertNull(store.get("large"));
        assertEquals(QUERY, store.get("small"));
    }

    @Test
    void aBigQueryMakesRoomByEvictingSeveral() {
        long small = PersistedQueryStore.weight(QUERY);
        PersistedQueryStore store = new PersistedQueryStore(4 * small);
        for (int i = 0; i < 4; i++) {
            store.put("h" + i, QUERY);
        }
        String big = "y".repeat((int) (small * 2 - PersistedQueryStore.ENTRY_OVERHEAD) / 2 + 1);
        store.put("big", big);

        assertEquals(big, store.get("big"));
        assertNull(store.get("h0"));
        assertNull(store.get("h1"));
        assertNull(store.get("h2"));
        assertEquals(QUERY, store.get("h3"));
        assertTrue(store.usedBytes() <= 4 * small);
    }
}
