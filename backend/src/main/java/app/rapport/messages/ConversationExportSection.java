package app.rapport.messages;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export section "conversations": every conversation I take part in, the other member by handle,
 * with all its messages (mine and theirs, and an introducer's note), oldest first.
 */
@ApplicationScoped
public class ConversationExportSection implements ExportSection {

    private final ExportRows rows;

    public ConversationExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "conversations";
    }

    @Override
    public Object export(long memberId) {
        List<Map<String, Object>> conversations = rows.list("SELECT c.id AS \"id\", c.opened_by AS \"openedBy\","
                + " c.created_at AS \"createdAt\", m.id AS \"memberId\", m.handle AS \"handle\","
                + " m.display_name AS \"displayName\" FROM conversation_members cm"
                + " JOIN conversations c ON c.id = cm.conversation_id JOIN members m ON m.id = cm.other_id"
                + " WHERE cm.member_id = :me ORDER BY c.created_at, c.id", memberId);
        List<Map<String, Object>> messages = rows.list("SELECT msg.conversation_id AS \"conversationId\", msg.id AS \"id\","
                + " msg.kind AS \"kind\", s.handle AS \"senderHandle\", msg.sender_id = :me AS \"mine\","
                + " msg.body AS \"text\", msg.created_at AS \"createdAt\" FROM conversation_members cm"
                + " JOIN messages msg ON msg.conversation_id = cm.conversation_id JOIN members s ON s.id = msg.sender_id"
                + " WHERE cm.member_id = :me ORDER BY msg.id", memberId);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> c : conversations) {
            Map<String, Object> with = new LinkedHashMap<>();
            with.put("memberId", c.remove("memberId"));
            with.put("handle", c.remove("handle"));
            with.put("displayName", c.remove("displayName"));
            c.put("with", with);
            List<Map<String, Object>> own = new ArrayList<>();
            for (Map<String, Object> msg : messages) {
                if (msg.get("conversationId").equals(c.get("id"))) {
                    Map<String, Object> copy = new LinkedHashMap<>(msg);
                    copy.remove("conversationId");
                    own.add(copy);
                }
            }
            c.put("messages", own);
            out.add(c);
        }
        return out;
    }
}
