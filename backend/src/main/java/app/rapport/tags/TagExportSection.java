package app.rapport.tags;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Export section "tags": my private tags with the members on each, and my saved tag views. */
@ApplicationScoped
public class TagExportSection implements ExportSection {

    private final ExportRows rows;

    public TagExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "tags";
    }

    @Override
    public Object export(long memberId) {
        List<Map<String, Object>> tags = rows.list("SELECT t.id AS \"id\", t.name AS \"name\", t.created_at AS \"createdAt\""
                + " FROM tags t WHERE t.owner_id = :me ORDER BY t.created_at, t.id", memberId);
        List<Map<String, Object>> tagged = rows.list("SELECT tm.tag_id AS \"tagId\", m.id AS \"memberId\", m.handle AS \"handle\","
                + " m.display_name AS \"displayName\", tm.created_at AS \"taggedAt\" FROM tagged_members tm"
                + " JOIN members m ON m.id = tm.member_id WHERE tm.owner_id = :me ORDER BY tm.created_at, m.id", memberId);
        for (Map<String, Object> tag : tags) {
            tag.put("members", pick(tagged, "tagId", tag.get("id")));
        }
        List<Map<String, Object>> views = rows.list("SELECT v.id AS \"id\", v.name AS \"name\", v.mode AS \"mode\","
                + " v.created_at AS \"createdAt\" FROM tag_views v WHERE v.owner_id = :me ORDER BY v.created_at, v.id", memberId);
        List<Map<String, Object>> viewTags = rows.list("SELECT vt.view_id AS \"viewId\", vt.tag_id AS \"tagId\","
                + " vt.excluded AS \"excluded\" FROM tag_view_tags vt JOIN tag_views v ON v.id = vt.view_id"
                + " WHERE v.owner_id = :me ORDER BY vt.tag_id", memberId);
        for (Map<String, Object> view : views) {
            List<Object> included = new ArrayList<>();
            List<Object> excluded = new ArrayList<>();
            for (Map<String, Object> vt : viewTags) {
                if (vt.get("viewId").equals(view.get("id"))) {
                    (Boolean.TRUE.equals(vt.get("excluded")) ? excluded : included).add(vt.get("tagId"));
                }
            }
            view.put("tagIds", included);
            view.put("excludedTagIds", excluded);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tags", tags);
        out.put("views", views);
        return out;
    }

    private static List<Map<String, Object>> pick(List<Map<String, Object>> all, String key, Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : all) {
            if (row.get(key).equals(value)) {
                Map<String, Object> copy = new LinkedHashMap<>(row);
                copy.remove(key);
                out.add(copy);
            }
        }
        return out;
    }
}
