package dev.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Incidents and events carry their place's country code (migration V8), which the country filters read: the copy
 * follows every change, made by ingest, by mergeEntities or by hand (here by hand, in a transaction rolled back).
 */
@QuarkusTest
class CountryCodeCopiesTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theCopyFollowsThePlaceAndItsCountry() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                long first = SqlByHand.key(sql, "insert into named_entity (type, name, normalized_name, kind, country_code)"
                        + " values ('PLACE', 'Copyville', 'copyville " + System.nanoTime() + "', 'CITY', 'QA') returning id");
                long second = SqlByHand.key(sql, "insert into named_entity (type, name, normalized_name, kind, country_code)"
                        + " values ('PLACE', 'Elsewhere', 'elsewhere " + System.nanoTime() + "', 'CITY', 'QB') returning id");
                long incident = SqlByHand.key(sql, "insert into incident (type, title, normalized_title, date_precision, place_id)"
                        + " values ('ATTACK', 'Attack in Copyville', 'attack in copyville', 'UNKNOWN', " + first + ") returning id");
                long event = SqlByHand.key(sql, "insert into event (kind, title, normalized_title, date_precision, place_id)"
                        + " values ('SUMMIT', 'Copyville summit', 'copyville summit', 'UNKNOWN', " + first + ") returning id");
                assertEquals("QA", country(sql, "incident", incident), "set on insert");
                assertEquals("QA", country(sql, "event", event), "set on insert");

                sql.execute("update named_entity set country_code = 'QC' where id = " + first);
                assertEquals("QC", country(sql, "incident", incident), "the place's country corrected");
                assertEquals("QC", country(sql, "event", event), "the place's country corrected");

                sql.execute("update incident set place_id = " + second + " where id = " + incident);
                sql.execute("update event set place_id = " + second + " where id = " + event);
                assertEquals("QB", country(sql, "incident", incident), "moved to another place");
                assertEquals("QB", country(sql, "event", event), "moved to another place");

                sql.execute("update incident set place_id = null where id = " + incident);
                assertEquals(null, country(sql, "incident", incident), "no place, no country");
            } finally {
                connection.rollback();
            }
        }
    }


    private static String country(Statement sql, String table, long id) throws SQLException {
        return (String) SqlByHand.value(sql, "select country_code from " + table + " where id = " + id);
    }
}
