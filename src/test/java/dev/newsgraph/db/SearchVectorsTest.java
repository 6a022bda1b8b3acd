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
 * The stored search vectors of articles and named entities read their paragraphs and aliases through join_text
 * (migration V18: PL/pgSQL, so that its expression is not parsed and planned again for every row written): the words of
 * every paragraph, none lost to a null one, and an entity without aliases searchable by its name. Rows by hand, in a
 * transaction rolled back.
 */
@QuarkusTest
class SearchVectorsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theVectorsHoldEveryParagraphAndAlias() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                String unique = Long.toString(System.nanoTime());
                long article = SqlByHand.key(sql, "insert into article (headline, paragraphs, date_basis, content_hash)"
                        + " values ('Ferry Strike Halts Crossings', array['Dockworkers walked out at dawn.', null,"
                        + " 'Crossings to the islands resumed by evening.'], 'UNKNOWN', lpad('" + unique + "', 64, 'v')) returning id");
                assertEquals(true, SqlByHand.value(sql, "select search = setweight(to_tsvector('english', headline), 'A')"
                        + " || setweight(to_tsvector('english', 'Dockworkers walked out at dawn. Crossings to the islands resumed"
                        + " by evening.'), 'B') from article where id = " + article), "headline A, every paragraph B");

                long named = SqlByHand.key(sql, "insert into named_entity (type, name, normalized_name, aliases, normalized_aliases, kind)"
                        + " values ('ORGANIZATION', 'Harbour Workers Union', 'harbour workers union " + unique + "', array['HWU'],"
                        + " array['hwu'], 'OTHER') returning id");
                long plain = SqlByHand.key(sql, "insert into named_entity (type, name, normalized_name)"
                        + " values ('PERSON', 'Mirela Vasic', 'mirela vasic " + unique + "') returning id");
                assertEquals("'harbour':1 'hwu':4 'union':3 'workers':2",
                        SqlByHand.value(sql, "select search::text from named_entity where id = " + named), "name and alias");
                assertEquals("'mirela':1 'vasic':2",
                        SqlByHand.value(sql, "select search::text from named_entity where id = " + plain), "no aliases: the name");
            } finally {
                connection.rollback();
            }
        }
    }
}
