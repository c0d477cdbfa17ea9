package app.rapport.auth;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;

/** Export section "sessions": every log-in session, ended ones too (when, from which browser and address). */
@ApplicationScoped
public class SessionExportSection implements ExportSection {

    private final ExportRows rows;

    public SessionExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public Object export(long memberId) {
        return rows.list("SELECT s.id AS \"id\", s.created_at AS \"createdAt\", s.last_seen_at AS \"lastSeenAt\","
                + " s.expires_at AS \"expiresAt\", s.ended_at AS \"endedAt\", s.user_agent AS \"userAgent\","
                + " s.ip AS \"ip\" FROM sessions s WHERE s.member_id = :me ORDER BY s.created_at, s.id", memberId);
    }
}
