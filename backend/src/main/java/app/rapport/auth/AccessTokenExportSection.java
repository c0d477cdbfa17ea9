package app.rapport.auth;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Export section "accessTokens": every personal access token I created, revoked ones too; metadata, never a secret. */
@ApplicationScoped
public class AccessTokenExportSection implements ExportSection {

    private final ExportRows rows;

    public AccessTokenExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "accessTokens";
    }

    @Override
    public Object export(long memberId) {
        List<Map<String, Object>> tokens = rows.list("SELECT t.id AS \"id\", t.name AS \"name\", t.scopes AS \"scopes\","
                + " t.created_at AS \"createdAt\", t.expires_at AS \"expiresAt\", t.last_used_at AS \"lastUsedAt\","
                + " t.revoked_at AS \"revokedAt\" FROM access_tokens t WHERE t.member_id = :me ORDER BY t.created_at, t.id",
                memberId);
        for (Map<String, Object> t : tokens) {
            t.put("scopes", Arrays.asList(((String) t.get("scopes")).split(" ")));
        }
        return tokens;
    }
}
