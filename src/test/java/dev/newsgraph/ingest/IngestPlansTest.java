package dev.newsgraph.ingest;

import dev.newsgraph.draft.ArticleInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ingest transaction reuses its plans (the foreign key checks and trigger statements of every article were planned
 * again each time under the connections' force_custom_plan), and only it: the reads that share the pool's connections
 * keep planning each statement for its values. The statement that writes an article has one text whatever the article
 * holds, so that the driver prepares it once per connection.
 */
@QuarkusTest
class IngestPlansTest {
    @Inject
    IngestLocks locks;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ArticleIngester ingester;
    @Inject
    WireText wireText;

    /**
     * Invented wire copy of different shapes: a casualty report (an incident with figures), a quote (a statement), a
     * bare notice without people or incidents, with and without a feed; the article's statement once prepared by the
     * driver (from its fifth execution on a connection) serves every later article, whatever its parts and nulls.
     */
    @Test
    void articlesOfEveryShapeShareOnePreparedStatement() {
        List<String> copy = List.of("""
                Gunmen Kill Three at Market in Ostrava Plans District

                OSTRAVA PLANS, Czech Republic (Planswire) - Gunmen killed three people and wounded seven at a market on \
                Tuesday, police spokesman Karel Dvorsky said.
                """, """
                Minister Vows Faster Repairs After Storm

                Transport minister Jana Plansova said on Wednesday that repairs would be finished by spring.

                "We will not leave the villages cut off," Plansova told reporters in Brno.
                """, """
                Railway Timetable Changes Announced

                The national railway operator announced changes to its winter timetable.
                """, """
                Bomb Blast Injures Twelve Near Plansburg Station

                PLANSBURG, Germany (Planswire) - A bomb exploded near the central station on Friday, injuring 12 \
                people, officials said.
                """);
        long prepared = QuarkusTransaction.requiringNew().call(() -> {
            int stored = 0;
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < copy.size(); i++) {
                    String text = copy.get(i).replaceFirst("\n", ", Update " + (round + 1) + "\n"); // a new headline each round
                    for (ArticleInput article : wireText.articles(text, i % 2 == 0 ? "plans-desk.txt" : null)) {
                        assertEquals(IngestStatus.CREATED, ingester.ingest(article).status());
                        stored++;
                    }
                }
            }
            assertEquals(12, stored);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("""
                         select count(*), coalesce(sum(generic_plans + custom_plans), 0) from pg_prepared_statements
                         where statement like 'with a as (insert into article %'""")) {
                row.next();
                assertEquals(1, row.getLong(1), "one prepared statement of the article on the transaction's connection");
                return row.getLong(2);
            }
        });
        assertTrue(prepared >= 12 - 5, "executions of the prepared statement: " + prepared);
    }

    @Test
    void theTransactionsFirstStatementLetsItReusePlansUntilItEnds() {
        assertEquals("force_custom_plan", planCacheMode(), "the connections' setting, for the reads");
        List<String> during = QuarkusTransaction.requiringNew().call(() -> {
            List<String> inTheRoundTrip = locks.begin(List.of("Ostrava Plans Bureau"),
                    new IngestSql.Query<>("select current_setting('plan_cache_mode') as mode", row -> row.getString("mode")));
            return List.of(inTheRoundTrip.get(0), planCacheMode());
        });
        assertEquals(List.of("auto", "auto"), during, "in the locks' round trip and after it");
        assertEquals("force_custom_plan", planCacheMode(), "back to the connections' setting after the commit");
    }

    /**
     * The article's look-up rides in the locks' round trip: it runs once they are all held (a concurrent ingest of the
     * same article has committed by then), and its rows, not the locks', are the answer.
     */
    @Test
    void theQueryAfterTheLocksRunsWithThemHeld() {
        List<Long> held = QuarkusTransaction.requiringNew().call(() -> locks.begin(
                List.of("article plans-hash-1", "item plans-item-1", "Ostrava Plans Bureau", "ostrava plans bureau"),
                new IngestSql.Query<>("select count(*) as held from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()"
                        + " and granted and ? > 0", row -> row.getLong("held"), 1)));
        assertEquals(List.of(3L), held, "three distinct normalized names locked before the query ran");
    }

    /** The lock statement was planned on every call when it set the plan cache mode itself; now once per connection. */
    @Test
    void theLockStatementReusesItsPlan() {
        long[] plans = QuarkusTransaction.requiringNew().call(() -> {
            for (int i = 0; i < 12; i++) {
                locks.begin(List.of("Ostrava Plans Bureau " + i, "Brno Plans Office " + i), new IngestSql.Query<>("select 1 as one", row -> 1));
            }
            return plansOf("%select pg_advisory_xact_lock(k) from %");
        });
        assertTrue(plans[0] >= 1 && plans[1] <= 5, "generic plans of the lock statement, and the most custom plans of one"
                + " prepared copy of it (one per query that follows it in its round trip): " + plans[0] + ", " + plans[1]);
    }

    /** Generic plans of the connection's prepared statements whose text is like the pattern, and the most custom plans of one. */
    private long[] plansOf(String like) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select coalesce(sum(generic_plans), 0), coalesce(max(custom_plans), 0)"
                     + " from pg_prepared_statements where statement like '" + like + "'")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String planCacheMode() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show plan_cache_mode")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
