package dev.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An incident's killed and injured columns (migration V9, read by incidentStats) follow its figures as
 * domain/BestEstimate picks them, whatever adds, changes or removes a figure (here SQL by hand), also when two
 * transactions add figures to one incident at once.
 */
@QuarkusTest
class IncidentBestEstimatesTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theColumnsFollowTheFigures() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                long incident = SqlByHand.key(sql, "insert into incident (type, title, normalized_title, date_precision)"
                        + " values ('ATTACK', 'Estimated attack', 'estimated attack', 'UNKNOWN') returning id");
                String figure = "insert into incident_figure (incident_id, kind, value, reported_on, party_claim) values (" + incident + ", ";
                assertEquals(null, killed(sql, incident), "no figure yet");

                sql.execute(figure + "'KILLED', 12, date '2025-06-07', false), (" + incident + ", 'INJURED', 40, date '2025-06-07', false)");
                assertEquals(12, killed(sql, incident));
                assertEquals(40, injured(sql, incident));

                sql.execute(figure + "'KILLED', 85, date '2025-06-09', true)");
                assertEquals(12, killed(sql, incident), "a party's claim is never the best estimate");

                sql.execute(figure + "'KILLED', 18, date '2025-06-08', false), (" + incident + ", 'KILLED', 15, date '2025-06-08', false)");
                assertEquals(18, killed(sql, incident), "the latest report, the highest of its day");

                sql.execute("update incident_figure set value = 25 where incident_id = " + incident + " and value = 18");
                assertEquals(25, killed(sql, incident), "a corrected figure");

                sql.execute("delete from incident_figure where incident_id = " + incident + " and reported_on = date '2025-06-08'");
                assertEquals(12, killed(sql, incident), "the later reports removed");
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void figuresAddedAtOnceByTwoTransactionsBothCount() throws Exception {
        long incident;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            incident = SqlByHand.key(sql, "insert into incident (type, title, normalized_title, date_precision)"
                    + " values ('ATTACK', 'Twice reported attack', 'twice reported attack', 'UNKNOWN') returning id");
        }
        ExecutorService secondWriter = Executors.newSingleThreadExecutor();
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            long secondPid;
            try (Statement sql = second.createStatement()) {
                secondPid = (Integer) SqlByHand.value(sql, "select pg_backend_pid()");
            }
            try (Statement sql = first.createStatement()) {
                sql.execute(figure(incident, 25, "2025-06-09")); // the latest report, not committed yet
            }
            Future<?> earlierReport = secondWriter.submit(() -> {
                try (Statement sql = second.createStatement()) {
                    sql.execute(figure(incident, 12, "2025-06-08"));
                }
                second.commit();
                return null;
            });
            awaitLockWait(first, secondPid);
            first.commit();
            earlierReport.get(30, TimeUnit.SECONDS);
            try (Statement sql = first.createStatement()) {
                assertEquals(25, killed(sql, incident), "the committed latest report, which the second writer waited for");
            }
        } finally {
            secondWriter.shutdownNow();
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("delete from incident_figure where incident_id = " + incident);
                sql.execute("delete from incident where id = " + incident);
            }
        }
    }

    private static String figure(long incident, int killed, String reportedOn) {
        return "insert into incident_figure (incident_id, kind, value, reported_on, party_claim) values (" + incident
                + ", 'KILLED', " + killed + ", date '" + reportedOn + "', false)";
    }

    /** Waits until the backend pid waits for a lock, so that the other transaction commits while it waits. */
    private static void awaitLockWait(Connection observer, long pid) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Statement sql = observer.createStatement()) {
            while (!"Lock".equals(SqlByHand.value(sql, "select wait_event_type from pg_stat_activity where pid = " + pid))) {
                assertTrue(System.nanoTime() < deadline, "the second writer never waited for the first");
                Thread.sleep(20);
            }
        }
    }

    private static Integer killed(Statement sql, long incident) throws SQLException {
        return column(sql, "killed", incident);
    }

    private static Integer injured(Statement sql, long incident) throws SQLException {
        return column(sql, "injured", incident);
    }

    private static Integer column(Statement sql, String column, long incident) throws SQLException {
        return (Integer) SqlByHand.value(sql, "select " + column + " from incident where id = " + incident);
    }
}
