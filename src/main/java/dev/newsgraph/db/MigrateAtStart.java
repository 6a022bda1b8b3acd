package dev.newsgraph.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Migrates the schema at start (newsgraph.db.migrate-at-start), before anything else that observes the start reads it.
 * Flyway's migrate is a large share of a native start even when there is nothing to migrate (its configuration,
 * plugins, database detection and validation: 55 to 100 ms of the main thread), so it runs only when the schema history
 * differs from what this build applies: the same migrations, in order, each applied successfully with the checksum
 * Flyway computes for this build's file. That check is two short queries; any difference (a fresh database, a pending
 * migration, a failed one, an edited file, a newer build's migration) hands over to Flyway, which migrates, validates
 * or refuses as it always did.
 */
@ApplicationScoped
public class MigrateAtStart {
    /** This build's migrations (db/migration), in order: listed, not scanned (a native image cannot list resources). */
    static final List<String> MIGRATIONS = List.of("V1__news_graph.sql", "V2__article_source_identity.sql",
            "V3__events.sql", "V4__place_ancestors.sql", "V5__scale_reads.sql", "V6__probed_reads.sql",
            "V7__ingest_lookups.sql", "V8__incident_event_country.sql", "V9__incident_best_estimates.sql",
            "V10__incident_stat_totals.sql", "V11__stat_totals_and_statement_walk.sql", "V12__named_entity_words.sql",
            "V14__incident_stat_net_changes.sql", "V15__best_estimates_after_concurrent_figures.sql",
            "V16__ingest_trigger_plans.sql", "V17__named_entity_aliases.sql", "V18__join_text_in_plpgsql.sql");
    static final String LOCATION = "db/migration/";
    private static final Logger LOG = Logger.getLogger(MigrateAtStart.class);

    /** A row of Flyway's schema history; Quarkus' Flyway names the script by its resource path. */
    record Applied(String script, Integer checksum, boolean success) {
    }

    @ConfigProperty(name = "newsgraph.db.migrate-at-start")
    boolean enabled;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Flyway flyway;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (current(applied(connection))) {
                LOG.infof("Schema current (%s): no migration to run", MIGRATIONS.get(MIGRATIONS.size() - 1));
                return;
            }
        }
        flyway.migrate();
    }

    /** Whether the history is exactly this build's migrations, each applied successfully from the same file. */
    static boolean current(List<Applied> history) {
        if (history.size() != MIGRATIONS.size()) {
            return false;
        }
        for (int i = 0; i < history.size(); i++) {
            Applied row = history.get(i);
            if (!row.success() || !(LOCATION + MIGRATIONS.get(i)).equals(row.script()) || row.checksum() == null
                    || row.checksum() != checksum(row.script())) {
                return false;
            }
        }
        return true;
    }

    /** Flyway's schema history in the order applied; empty when there is none (Flyway's default table and schema). */
    static List<Applied> applied(Connection connection) throws SQLException {
        List<Applied> history = new ArrayList<>();
        try (Statement sql = connection.createStatement()) {
            try (ResultSet exists = sql.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return history;
                }
            }
            try (ResultSet rows = sql.executeQuery(
                    "select script, checksum, success from flyway_schema_history order by installed_rank")) {
                while (rows.next()) {
                    history.add(new Applied(rows.getString(1), (Integer) rows.getObject(2), rows.getBoolean(3)));
                }
            }
        }
        return history;
    }

    /** Flyway's checksum of a migration: CRC-32 of its lines' UTF-8 bytes, without line ends or byte-order mark. */
    static int checksum(String resource) {
        try (InputStream in = MigrateAtStart.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            CRC32 crc = new CRC32();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                crc.update((line.startsWith("\uFEFF") ? line.substring(1) : line).getBytes(StandardCharsets.UTF_8));
            }
            return (int) crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
