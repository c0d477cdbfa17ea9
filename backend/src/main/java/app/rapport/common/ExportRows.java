package app.rapport.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an export section's query: every row becomes a map keyed by the column aliases (write
 * them quoted and camelCase, {@code AS "createdAt"}), timestamps as instants. The query names
 * the member as {@code :me}.
 */
@ApplicationScoped
public class ExportRows {

    private final EntityManager em;

    public ExportRows(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String sql, long memberId) {
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter("me", memberId).getResultList();
        return rows.stream().map(ExportRows::toMap).toList();
    }

    private static Map<String, Object> toMap(Tuple row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (TupleElement<?> e : row.getElements()) {
            Object v = row.get(e);
            if (v instanceof Timestamp t) {
                v = t.toInstant();
            } else if (v instanceof OffsetDateTime o) {
                v = o.toInstant();
            } else if (v instanceof java.sql.Date d) {
                v = d.toLocalDate();
            }
            out.put(e.getAlias(), v);
        }
        return out;
    }
}
