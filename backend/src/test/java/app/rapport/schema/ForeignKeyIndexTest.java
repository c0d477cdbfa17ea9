package app.rapport.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every foreign key has an index led by its columns: without one, deleting a referenced row (a
 * block deleting invitations, an account deletion) scans the whole referencing table once per row.
 */
@QuarkusTest
class ForeignKeyIndexTest {

    @Test
    void everyForeignKeyIsLedByAnIndex() {
        List<String> unindexed = Sql.strings("""
                SELECT c.conrelid::regclass || ' (' || string_agg(a.attname, ', ' ORDER BY k.ord) || ') -> '
                       || c.confrelid::regclass
                FROM pg_constraint c
                CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
                  AND NOT EXISTS (
                      SELECT 1 FROM pg_index i
                      WHERE i.indrelid = c.conrelid
                        AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                        AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
                GROUP BY c.oid, c.conrelid, c.confrelid
                ORDER BY 1""");
        assertEquals(List.of(), unindexed, "foreign keys without an index led by their columns");
    }
}
