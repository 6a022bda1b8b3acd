package dev.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.db.MigrateAtStart.Applied;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The start runs Flyway only when the schema history is not exactly this build's migrations. The test database was
 * migrated by Flyway at this test run's start (a fresh database: the history differed), so its history is what Flyway
 * writes for this build, and the check must find it current: same files, same order, same checksums.
 */
@QuarkusTest
class MigrateAtStartTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theListedMigrationsAreTheFilesInVersionOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", MigrateAtStart.LOCATION))) {
            List<String> onDisk = files.map(file -> file.getFileName().toString())
                    .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
                    .toList();
            assertEquals(onDisk, MigrateAtStart.MIGRATIONS, "db/migration and MigrateAtStart.MIGRATIONS differ");
        }
    }

    @Test
    void theHistoryFlywayWroteAtStartIsCurrent() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Applied> history = MigrateAtStart.applied(connection);
            assertEquals(MigrateAtStart.MIGRATIONS.stream().map(name -> MigrateAtStart.LOCATION + name).toList(),
                    history.stream().map(Applied::script).toList());
            assertTrue(MigrateAtStart.current(history), "the checksums are Flyway's");
        }
    }

    @Test
    void anyDifferenceHandsOverToFlyway() throws SQLException {
        List<Applied> current;
        try (Connection connection = dataSource.getConnection()) {
            current = MigrateAtStart.applied(connection);
        }
        assertFalse(MigrateAtStart.current(List.of()), "no history: a fresh database");
        assertFalse(MigrateAtStart.current(current.subList(0, current.size() - 1)), "a migration pending");
        Applied last = current.get(current.size() - 1);
        assertFalse(MigrateAtStart.current(replacingLast(current, new Applied(last.script(), last.checksum(), false))),
                "the last one failed");
        Applied edited = new Applied(last.script(), last.checksum() + 1, true);
        assertFalse(MigrateAtStart.current(replacingLast(current, edited)), "its file edited since it was applied");
        List<Applied> newer = new ArrayList<>(current);
        newer.add(new Applied(MigrateAtStart.LOCATION + "V99__from_a_newer_build.sql", 1, true));
        assertFalse(MigrateAtStart.current(newer), "a newer build's migration applied");
    }

    private static List<Applied> replacingLast(List<Applied> history, Applied row) {
        List<Applied> changed = new ArrayList<>(history.subList(0, history.size() - 1));
        changed.add(row);
        return changed;
    }
}
