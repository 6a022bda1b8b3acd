package dev.newsgraph.graphql;

import dev.newsgraph.db.Reads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The places a "within" or "country" filter selects, read before the filtered list: the list's statement then gets
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
        return keys(Pagers.placeTree("array[cast(:place as bigint)]") + " select distinct place from within", "place", place);
    }

    /** Every place with this country code. */
    public Long[] inCountry(String countryCode) {
        return keys("select id from named_entity where type = 'PLACE' and country_code = :code", "code", countryCode);
    }

    private Long[] keys(String sql, String parameter, Object value) {
        List<?> rows = reads.run(session -> session.createNativeQuery(sql).setParameter(parameter, value).getResultList());
        return rows.stream().map(row -> ((Number) row).longValue()).toArray(Long[]::new);
    }
}
