package dev.newsgraph.graphql.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PositionalSqlTest {

    @Test
    void namesBecomePositionsInTheOrderTheyAppearRepeatsIncluded() {
        PositionalSql sql = PositionalSql.of("select 1 from t where a >= :from and b >= :from and c = any(:ids)",
                Map.of("from", "2025-01-01", "ids", new Long[] {1L}));
        assertEquals("select 1 from t where a >= ? and b >= ? and c = any(?)", sql.text());
        assertEquals(3, sql.parameters().length);
        assertEquals("2025-01-01", sql.parameters()[1]);
    }

    @Test
    void castsAndQuotedTextAreLeftAlone() {
        PositionalSql sql = PositionalSql.of("select x::text, 'a :b' from t where k = 'it''s :c' and y = :y", Map.of("y", 1));
        assertEquals("select x::text, 'a :b' from t where k = 'it''s :c' and y = ?", sql.text());
        assertArrayEquals(new Object[] {1}, sql.parameters());
    }

    @Test
    void aNameWithoutValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PositionalSql.of("select :missing", Map.of()));
    }
}
