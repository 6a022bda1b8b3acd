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
 * An incident's killed and injured columns (migration V9, read by incidentStats) follow its figures as
 * domain/BestEstimate picks them, whatever adds, changes or removes a figure (here SQL by hand, rolled back).
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
