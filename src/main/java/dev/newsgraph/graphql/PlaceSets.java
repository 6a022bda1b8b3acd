package dev.newsgraph.graphql;

import dev.newsgraph.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The places a "within" filter selects, read before the filtered list: the list's statement then gets
 * them as an array of keys, which the planner sees (how many places, how many rows each), so it can choose between
 * walking the date order and reading the places' rows, and checks each row's place in a hash of the array.
 * As a join or subquery instead, the planner guessed the set's size and probed it once per row.
 * <p>
 * Within a country whose places all carry its code, the places are exactly those of its code: the lists filter by the
 * country code of each row instead (one index range; the 3,209 places of a country in the 1M-article graph took
 * longer to plan than the page to read).
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

    /**
     * The code of this place when it is a country and every place within it carries that code, so that
     * {@link #within} selects exactly the places of that code; otherwise null.
     */
    public String wholeCountry(long place) {
        List<String> code = reads.select("""
                select r.country_code from named_entity r
                where r.id = ? and r.type = 'PLACE' and r.kind = 'COUNTRY' and r.country_code is not null
                and not exists (select 1 from named_entity p where p.place_ancestors @> array[r.id]
                                and p.country_code is distinct from r.country_code)""", row -> row.getString(1), place);
        return code.isEmpty() ? null : code.get(0);
    }
}
