package app.rapport.notes;

import app.rapport.common.ExportRows;
import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;

/** Export section "notes": the private notes I wrote, with the member each is about, oldest first. */
@ApplicationScoped
public class NoteExportSection implements ExportSection {

    private final ExportRows rows;

    public NoteExportSection(ExportRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public Object export(long memberId) {
        return rows.list("SELECT n.id AS \"id\", m.id AS \"memberId\", m.handle AS \"handle\","
                + " m.display_name AS \"displayName\", n.body AS \"text\", n.noted_on AS \"date\","
                + " n.created_at AS \"createdAt\", n.updated_at AS \"updatedAt\""
                + " FROM notes n JOIN members m ON m.id = n.member_id WHERE n.author_id = :me"
                + " ORDER BY n.created_at, n.id", memberId);
    }
}
