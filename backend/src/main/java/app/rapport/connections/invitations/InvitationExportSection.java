package app.rapport.connections.invitations;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Export section "invitations": how I receive requests, and every request I sent or received, with its note. */
@ApplicationScoped
public class InvitationExportSection implements ExportSection {

    private static final String COLUMNS = "i.id AS \"id\", m.id AS \"memberId\", m.handle AS \"handle\","
            + " m.display_name AS \"displayName\", i.note AS \"note\", i.score AS \"score\", i.verdict AS \"verdict\","
            + " i.state AS \"state\", i.created_at AS \"createdAt\", i.decided_at AS \"decidedAt\"";

    private final ExportRows rows;

    public InvitationExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "invitations";
    }

    @Override
    public Object export(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> settings = rows.list("SELECT s.invitation_policy AS \"invitationPolicy\","
                + " s.auto_follow_generic AS \"autoFollowGeneric\" FROM invitation_settings s WHERE s.member_id = :me", memberId);
        out.put("settings", settings.isEmpty() ? null : settings.get(0));
        out.put("sent", rows.list("SELECT " + COLUMNS + " FROM invitations i JOIN members m ON m.id = i.recipient_id"
                + " WHERE i.sender_id = :me ORDER BY i.created_at, i.id", memberId));
        out.put("received", rows.list("SELECT " + COLUMNS + " FROM invitations i JOIN members m ON m.id = i.sender_id"
                + " WHERE i.recipient_id = :me ORDER BY i.created_at, i.id", memberId));
        return out;
    }
}
