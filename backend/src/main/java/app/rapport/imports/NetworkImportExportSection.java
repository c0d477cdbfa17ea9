package app.rapport.imports;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Export section "networkImports": every file I imported, each with its people and their matches. */
@ApplicationScoped
public class NetworkImportExportSection implements ExportSection {

    private final ExportRows rows;

    public NetworkImportExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "networkImports";
    }

    @Override
    public Object export(long memberId) {
        List<Map<String, Object>> imports = rows.list("SELECT i.id AS \"id\", i.file_name AS \"fileName\","
                + " i.format AS \"format\", i.row_count AS \"rowCount\", i.created_at AS \"createdAt\""
                + " FROM network_imports i WHERE i.owner_id = :me ORDER BY i.created_at, i.id", memberId);
        List<Map<String, Object>> people = rows.list("SELECT r.import_id AS \"importId\", r.line_number AS \"lineNumber\","
                + " r.first_name AS \"firstName\", r.last_name AS \"lastName\", r.email AS \"email\","
                + " r.company AS \"company\", r.position AS \"position\", r.profile_url AS \"profileUrl\","
                + " r.connected_on AS \"connectedOn\", r.status AS \"status\", m.handle AS \"matchedHandle\""
                + " FROM network_import_rows r LEFT JOIN members m ON m.id = r.member_id"
                + " WHERE r.owner_id = :me ORDER BY r.import_id, r.line_number", memberId);
        for (Map<String, Object> i : imports) {
            i.put("rows", people.stream().filter(p -> p.get("importId").equals(i.get("id")))
                    .map(p -> {
                        Map<String, Object> copy = new java.util.LinkedHashMap<>(p);
                        copy.remove("importId");
                        return copy;
                    }).toList());
        }
        return imports;
    }
}
