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
 * Ingest finds stored entities by alias through named_entity_alias (migration V17), one row per normalized alias: the
 * rows follow every change of the aliases, made by ingest, by mergeEntities or by hand (here by hand, in a transaction
 * rolled back), and go with a deleted entity.
 */
@QuarkusTest
class NamedEntityAliasesTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theRowsFollowTheAliases() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                String unique = " " + System.nanoTime();
                long force = SqlByHand.key(sql, "insert into named_entity (type, name, normalized_name, aliases, normalized_aliases, kind)"
                        + " values ('ORGANIZATION', 'Rapid Support Forces', 'rapid support forces" + unique + "', array['RSF'],"
                        + " array['rsf" + unique + "'], 'ARMED_GROUP') returning id");
                long plain = SqlByHand.key(sql, "insert into named_entity (type, name, normalized_name)"
                        + " values ('PERSON', 'Amna Idris', 'amna idris" + unique + "') returning id");
                assertEquals("rsf" + unique, aliases(sql, force), "written on insert");
                assertEquals("", aliases(sql, plain), "none without aliases");

                sql.execute("update named_entity set aliases = array_append(aliases, 'Janjaweed'),"
                        + " normalized_aliases = array_append(normalized_aliases, 'janjaweed" + unique + "') where id = " + force);
                assertEquals("janjaweed" + unique + ",rsf" + unique, aliases(sql, force), "an alias added");
                sql.execute("update named_entity set name = 'Amna Idriss' where id = " + plain);
                assertEquals("", aliases(sql, plain), "a change of something else writes none");
                sql.execute("update named_entity set aliases = '{}', normalized_aliases = '{}' where id = " + force);
                assertEquals("", aliases(sql, force), "every alias removed");

                sql.execute("update named_entity set aliases = array['Idris'], normalized_aliases = array['idris" + unique + "']"
                        + " where id = " + plain);
                sql.execute("delete from named_entity where id = " + plain);
                assertEquals("", aliases(sql, plain), "gone with the entity");
            } finally {
                connection.rollback();
            }
        }
    }

    private static String aliases(Statement sql, long id) throws SQLException {
        return (String) SqlByHand.value(sql, "select coalesce(string_agg(alias, ',' order by alias), '') from named_entity_alias"
                + " where id = " + id);
    }
}
