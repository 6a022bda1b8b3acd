package dev.newsgraph.graphql.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsgraph.graphql.GeneratedArticles;
import dev.newsgraph.graphql.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A probed list (a full-text filter) answers the same pages whichever of its plans runs: the matches among the rows
 * walked in the sort order, or all the matches sorted when the walk found too few (bounds below, at and above the
 * number of rows, which the sample graph's other articles raise).
 */
@QuarkusTest
class KeysetPagerTest {
    private static final int MATCHES = 7;

    @Inject
    KeysetPager keyset;
    @Inject
    PageLimits limits;

    @Test
    void probedPagesAreThePlainOnesWhicheverPlanRuns() {
        String series = "Probe" + System.nanoTime();
        GraphQLClient.asEditor().data(GeneratedArticles.INGEST,
                Map.of("input", IntStream.rangeClosed(1, MATCHES).mapToObj(n -> GeneratedArticles.article(series, n)).toList()));
        for (boolean descending : new boolean[] {true, false}) {
            Rows all = Rows.of("select 0 as parent, a.id, a.sort_date as sort_value from article a where true", SortType.DATE, descending);
            String condition = "a.search @@ websearch_to_tsquery('english', :text)";
            Rows plain = all.and(condition).with("text", series);
            Rows probed = all.andProbed(condition).with("text", series);
            List<Long> expected = walk(plain, false, KeysetPager.WALKED_ROWS);
            assertEquals(MATCHES, expected.size(), "every article of the series matches its name");
            assertEquals(expected, reversed(walk(plain, true, KeysetPager.WALKED_ROWS)), "the plain list backward");
            for (int bound : new int[] {0, 3, MATCHES - 1, MATCHES, KeysetPager.WALKED_ROWS}) {
                assertEquals(expected, walk(probed, false, bound), "forward, probing " + bound + " rows, descending " + descending);
                assertEquals(expected, reversed(walk(probed, true, bound)), "backward, probing " + bound + " rows, descending " + descending);
                assertEquals(MATCHES, keyset.count(probed, bound), "the count, probing " + bound + " rows");
            }
            assertEquals(expected, walk(probed.walkedOnly(), false, 0), "walked only, forward, descending " + descending);
            assertEquals(expected, reversed(walk(probed.walkedOnly(), true, 0)), "walked only, backward, descending " + descending);
            assertEquals(MATCHES, keyset.count(probed.walkedOnly(), 0), "walked only, the count");
        }
    }

    @Test
    void aWalkedOnlyListEndsWhereItsWalkFindsTooFew() {
        long top = 3L * KeysetPager.WALK_ONLY_ROWS;
        long beyond = top - KeysetPager.WALK_ONLY_ROWS - 10; // further down than a page walks from the second match
        Rows probed = Rows.of("select 0 as parent, g as id, g as sort_value from generate_series(1, :top) g where true", SortType.BIGINT, true)
                .andProbed("g in (:top, :top - 1, :beyond)").with("top", top).with("beyond", beyond);
        assertEquals(List.of(top, top - 1, beyond), walk(probed, false, KeysetPager.WALKED_ROWS), "the probed list finds every match");
        assertEquals(List.of(top, top - 1), walk(probed.walkedOnly(), false, 0), "walked only: the matches within its walk");
        assertEquals(2, keyset.count(probed.walkedOnly(), 0), "counted within its walk");
    }

    /** Every key of the list, two at a time, in the order the pages give them. */
    private List<Long> walk(Rows rows, boolean backward, int bound) {
        List<Long> keys = new ArrayList<>();
        String cursor = null;
        while (true) {
            PageRequest request = backward ? PageRequest.of(null, null, 2, cursor, limits) : PageRequest.of(2, cursor, null, null, limits);
            KeysetPager.KeyPage page = keyset.page(rows, request, bound);
            List<Long> pageKeys = new ArrayList<>(page.keys());
            if (backward) {
                Collections.reverse(pageKeys);
            }
            keys.addAll(pageKeys);
            if (backward ? !page.hasPreviousPage() : !page.hasNextPage()) {
                return keys;
            }
            cursor = backward ? page.cursors().get(0) : page.cursors().get(page.cursors().size() - 1);
        }
    }

    private static List<Long> reversed(List<Long> keys) {
        List<Long> copy = new ArrayList<>(keys);
        Collections.reverse(copy);
        return copy;
    }
}
