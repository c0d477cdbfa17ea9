package app.rapport.network;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Export section "network": my connections, who I follow, my followers and whom I blocked, oldest first. */
@ApplicationScoped
public class NetworkExportSection implements ExportSection {

    private static final String MEMBER = "m.id AS \"memberId\", m.handle AS \"handle\", m.display_name AS \"displayName\"";

    private final ExportRows rows;

    public NetworkExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "network";
    }

    @Override
    public Object export(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("connections", rows.list("SELECT " + MEMBER + ", e.created_at AS \"since\" FROM connection_edges e"
                + " JOIN members m ON m.id = e.other_id WHERE e.member_id = :me ORDER BY e.created_at, m.id", memberId));
        out.put("following", rows.list("SELECT " + MEMBER + ", f.created_at AS \"since\" FROM follows f"
                + " JOIN members m ON m.id = f.followee_id WHERE f.follower_id = :me ORDER BY f.created_at, m.id", memberId));
        out.put("followers", rows.list("SELECT " + MEMBER + ", f.created_at AS \"since\" FROM follows f"
                + " JOIN members m ON m.id = f.follower_id WHERE f.followee_id = :me ORDER BY f.created_at, m.id", memberId));
        out.put("blocks", rows.list("SELECT " + MEMBER + ", b.created_at AS \"since\" FROM blocks b"
                + " JOIN members m ON m.id = b.blocked_id WHERE b.blocker_id = :me ORDER BY b.created_at, m.id", memberId));
        return out;
    }
}
