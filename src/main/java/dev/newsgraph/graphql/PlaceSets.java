package dev.newsgraph.graphql;

import dev.newsgraph.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The places a "within" filter selects, read before the filtered list: the list's statement then gets
 * them as an array of keys, which the planner sees (how many places, how many rows each), so it can choose between
 * walking the date order and reading the places' rows, and checks each row's place in a hash of the array.
 * As a join or subquery instead, the planner guessed the set's size and probed it once per row.
 */
@ApplicationScoped
public class PlaceSets {
    @Inject
    Reads reads;

    /** The place and every place within it, at any depth; for a country, also every place with its code. */
    public Long[] within(long place) {
        // The tree's SQL names its roots twice.
        return reads.select(Pagers.placeTree("array[cast(? as bigint)]") + " select distinct place from within", row -> row.getLong(1),
                place, place).toArray(Long[]::new);
    }
}
