package app.rapport.notifications;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Export section "notifications": my notifications with their actors' ids, and my settings. */
@ApplicationScoped
public class NotificationExportSection implements ExportSection {

    private final ExportRows rows;

    public NotificationExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object export(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("notifications", rows.list("SELECT n.id AS \"id\", n.kind AS \"kind\", n.post_id AS \"postId\","
                + " n.detail AS \"detail\", n.created_at AS \"createdAt\", n.latest_at AS \"latestAt\","
                + " n.read_at AS \"readAt\", (SELECT string_agg(na.actor_id::text, ',' ORDER BY na.acted_at)"
                + " FROM notification_actors na WHERE na.notification_id = n.id) AS \"actorIds\""
                + " FROM notifications n WHERE n.member_id = :me ORDER BY n.latest_at, n.id", memberId));
        out.put("mutedKinds", rows.list("SELECT kind AS \"kind\" FROM notification_muted_kinds"
                + " WHERE member_id = :me ORDER BY kind", memberId));
        out.put("careerTagIds", rows.list("SELECT tag_id AS \"tagId\" FROM notification_career_tags"
                + " WHERE member_id = :me ORDER BY tag_id", memberId));
        return out;
    }
}
