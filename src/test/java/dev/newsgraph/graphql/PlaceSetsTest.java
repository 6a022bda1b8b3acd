package dev.newsgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Within a country" becomes the country's code only while every place within it carries that code; one place with
 * another code, and the lists go back to the place set (which includes that place). Places of their own, removed after.
 */
@QuarkusTest
class PlaceSetsTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    PlaceSets places;

    @Test
    void aCountryIsItsCodeOnlyWhileAllItsPlacesCarryIt() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            long country = key(sql, "insert into named_entity (type, name, normalized_name, kind, country_code)"
                    + " values ('PLACE', 'Wholeland', 'wholeland " + System.nanoTime() + "', 'COUNTRY', 'QW') returning id");
            long province = key(sql, "insert into named_entity (type, name, normalized_name, kind, country_code, parent_id)"
                    + " values ('PLACE', 'Partshire', 'partshire " + System.nanoTime() + "', 'PROVINCE', 'QW', " + country + ") returning id");
            try {
                assertEquals("QW", places.wholeCountry(country));
                assertNull(places.wholeCountry(province), "a province is not a country");

                sql.execute("update named_entity set country_code = 'QX' where id = " + province);
                assertNull(places.wholeCountry(country), "a place within it has another code");
                assertEquals(Set.of(country, province), Set.of(places.within(country)), "the place set still holds it");
            } finally {
                sql.execute("delete from named_entity where id in (" + province + ", " + country + ")");
            }
        }
    }

    private static long key(Statement sql, String insertReturningId) throws SQLException {
        try (ResultSet row = sql.executeQuery(insertReturningId)) {
            row.next();
            return row.getLong(1);
        }
    }
}
