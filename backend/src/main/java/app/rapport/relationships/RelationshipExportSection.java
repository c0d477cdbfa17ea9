package app.rapport.relationships;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Export section "relationships": the decisions of my relationship review (the connections I kept, and when). */
@ApplicationScoped
public class RelationshipExportSection implements ExportSection {

    private final ExportRows rows;

    public RelationshipExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "relationships";
    }

    @Override
    public Object export(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kept", rows.list("SELECT m.id AS \"memberId\", m.handle AS \"handle\", m.display_name AS \"displayName\","
                + " r.kept_at AS \"keptAt\" FROM relationship_activity r JOIN members m ON m.id = r.other_id"
                + " WHERE r.owner_id = :me AND r.kept_at IS NOT NULL ORDER BY r.kept_at, m.id", memberId));
        return out;
    }
}
