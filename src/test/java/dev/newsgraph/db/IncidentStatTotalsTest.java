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
 * The totals incidentStats reads (migration V10) equal the sums of the incidents themselves after every kind of
 * change: incidents inserted, figures changing their best estimates (V9), dates and types corrected, a place's country
 * corrected (V8), incidents moved to another place as mergeEntities moves them, incidents deleted, updates that change
 * nothing or exchange values (V14: only the net change is merged); and a writer never waits for another one's totals.
 * SQL by hand, rolled back.
 */
@QuarkusTest
class IncidentStatTotalsTest {
    /** The totals of every cell (migrations V10 and V11), computed from the incidents. */
    static final String FROM_INCIDENTS = """
            select d.dims, case when d.dims & 1 = 1 then i.type else '*' end, case when d.dims & 2 = 2 then coalesce(i.country_code, 'UNKNOWN') else '*' end,
                   case when d.dims & 4 = 4 then null else incident_stat_day(i.occurred_on) end, count(*), coalesce(sum(i.killed), 0), coalesce(sum(i.injured), 0)
            from incident i cross join (values (0), (1), (2), (3), (4), (5), (6), (7)) d (dims)
            group by 1, 2, 3, 4""";
    /** The same from the totals' rows. */
    static final String KEPT = """
            select dims, type, country, day, cast(sum(incidents) as bigint), cast(sum(killed) as bigint), cast(sum(injured) as bigint)
            from incident_stat group by 1, 2, 3, 4 having sum(incidents) <> 0 or sum(killed) <> 0 or sum(injured) <> 0""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTotalsFollowEveryChange() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                assertTotalsExact(sql, "the sample data");
                long town = place(sql, "Totalton", "QA");
                long village = place(sql, "Sumville", "QB");
                String insert = "insert into incident (type, title, normalized_title, occurred_on, date_precision, place_id) values ";
                long first = SqlByHand.key(sql, insert + "('ATTACK', 'Totalton attack', 'totalton attack', date '2025-03-31', 'DAY', " + town + ") returning id");
                sql.execute(insert + "('ATTACK', 'Totalton raid', 'totalton raid', date '2025-04-02', 'DAY', " + town + "),"
                        + " ('BOMBING', 'Sumville bombing', 'sumville bombing', date '2025-04-02', 'DAY', " + village + "),"
                        + " ('RIOT', 'Riot somewhere', 'riot somewhere', null, 'UNKNOWN', null)");
                assertTotalsExact(sql, "incidents inserted, dated and undated, with and without a country");

                String figure = "insert into incident_figure (incident_id, kind, value, reported_on, party_claim) values (" + first + ", ";
                sql.execute(figure + "'KILLED', 12, date '2025-04-01', false), (" + first + ", 'INJURED', 30, date '2025-04-01', false)");
                sql.execute(figure + "'KILLED', 15, date '2025-04-02', false)");
                assertTotalsExact(sql, "figures changing the best estimates");

                // V14: only a statement's net change is merged. Rows updated to the values they had change no totals, and
                // no row of the totals is rewritten; rows that exchange values, or equal rows, count as often as they occur.
                String cellRows = "select string_agg(ctid::text, ' ' order by ctid) from incident_stat";
                Object before = SqlByHand.value(sql, cellRows);
                sql.execute("update incident set killed = killed, injured = injured, type = type");
                assertEquals(before, SqlByHand.value(sql, cellRows), "every incident updated to the values it had rewrote totals");
                String both = " where title in ('Totalton raid', 'Sumville bombing')";
                sql.execute("update incident set type = case type when 'ATTACK' then 'BOMBING' else 'ATTACK' end" + both);
                assertTotalsExact(sql, "two incidents' types exchanged in one statement");
                sql.execute("update incident set type = 'ATTACK', occurred_on = date '2025-04-03', place_id = " + town + both);
                sql.execute("update incident set occurred_on = date '2025-04-10'" + both); // equal rows, changed alike: counted twice
                assertTotalsExact(sql, "two incidents made alike, then changed alike");

                sql.execute("update incident set occurred_on = date '2025-05-01' where id = " + first);
                sql.execute("update incident set type = 'BOMBING' where title = 'Totalton raid'");
                assertTotalsExact(sql, "a date moved to another month and week, a type corrected");

                sql.execute("update named_entity set country_code = 'QC' where id = " + town);
                assertTotalsExact(sql, "the place's country corrected");

                sql.execute("update incident set place_id = " + village + " where place_id = " + town); // as mergeEntities moves them
                assertTotalsExact(sql, "incidents moved to the kept place of a merge");

                sql.execute("delete from incident_figure where incident_id = " + first + " and value = 15");
                sql.execute("delete from incident where title = 'Riot somewhere'");
                sql.execute("delete from incident where id = " + first);
                assertTotalsExact(sql, "a figure and incidents deleted");
                assertEquals(0L, SqlByHand.value(sql, "select count(*) from (select 1 from incident_stat group by dims, type, country, day"
                        + " having count(*) > 1) merged"), "each change merged the rows of the cells it touched");
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void writersOfTheSameCellsNeverWaitForEachOther() throws SQLException {
        try (Connection one = dataSource.getConnection(); Connection other = dataSource.getConnection();
             Statement first = one.createStatement(); Statement second = other.createStatement()) {
            one.setAutoCommit(false);
            other.setAutoCommit(false);
            try {
                String insert = "insert into incident (type, title, normalized_title, occurred_on, date_precision) values ('ARREST', ";
                first.execute(insert + "'First arrest', 'first arrest', date '2025-06-09', 'DAY')");
                // The first transaction holds the rows of these cells it merged; the second must not queue behind it.
                second.execute("set local lock_timeout = '2s'");
                second.execute(insert + "'Second arrest', 'second arrest', date '2025-06-10', 'DAY')");
                assertTotalsExact(second, "the second writer's own view");
                assertTotalsExact(first, "the first writer's own view");
            } finally {
                one.rollback();
                other.rollback();
            }
        }
    }

    private static long place(Statement sql, String name, String country) throws SQLException {
        return SqlByHand.key(sql, "insert into named_entity (type, name, normalized_name, kind, country_code) values ('PLACE', '"
                + name + "', '" + name.toLowerCase() + " " + System.nanoTime() + "', 'CITY', '" + country + "') returning id");
    }

    private static void assertTotalsExact(Statement sql, String after) throws SQLException {
        Object differences = SqlByHand.value(sql, "select count(*) from ((" + KEPT + " except all " + FROM_INCIDENTS + ") union all ("
                + FROM_INCIDENTS + " except all " + KEPT + ")) differing");
        assertEquals(0L, differences, "cells whose totals differ from their incidents' after " + after);
    }
}
