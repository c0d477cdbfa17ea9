package app.rapport.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How SqlRows turns Hibernate-style named parameters into JDBC's positional ones. */
class SqlRowsTest {

    @Test
    void namedParameters_becomeQuestionMarks_inOrder_repeatsIncluded() {
        SqlRows.Parsed p = SqlRows.Parsed.of("SELECT x FROM t WHERE a = :me AND b < (:ts, :id) OR c = :me LIMIT :limit");
        assertEquals("SELECT x FROM t WHERE a = ? AND b < (?, ?) OR c = ? LIMIT ?", p.plain());
        assertEquals(List.of("me", "ts", "id", "me", "limit"), p.names());
    }

    @Test
    void castsAndQuotedLiterals_areLeftAlone() {
        SqlRows.Parsed p = SqlRows.Parsed.of(
                "SELECT lsn::text, CAST(:me AS bigint), 'at 10:30 :not_a_parameter', 'it''s' FROM t WHERE v = 'PUBLIC'");
        assertEquals("SELECT lsn::text, CAST(? AS bigint), 'at 10:30 :not_a_parameter', 'it''s' FROM t WHERE v = 'PUBLIC'",
                p.plain());
        assertEquals(List.of("me"), p.names());
    }

    @Test
    void collections_takeOnePlaceholderPerElement_andAnEmptyOneMatchesNothing() {
        SqlRows.Parsed p = SqlRows.Parsed.of("SELECT 1 FROM t WHERE a IN (:tags) AND b = :me");
        Map<String, Object> params = new HashMap<>(Map.of("tags", List.of(1L, 2L, 3L), "me", 7L));
        assertEquals("SELECT 1 FROM t WHERE a IN (?, ?, ?) AND b = ?", p.sql(params));
        params.put("tags", Set.of());
        assertEquals("SELECT 1 FROM t WHERE a IN (NULL) AND b = ?", p.sql(params));
        params.put("tags", new Long[] {1L, 2L}); // an array is one bigint[] parameter
        assertEquals("SELECT 1 FROM t WHERE a IN (?) AND b = ?", p.sql(params));
    }
}
