package app.rapport.notes.search;

import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Full-text search over a member's own notes and the messages of their conversations, ranked
 * by ts_rank. Each side finds its matches through its GIN index, scoped to :me; the union is
 * ordered by (rank, kind, id) for keyset paging, and ts_headline (the costly part) runs only
 * on the rows of the page. Highlights are marked with two private-use characters, stripped
 * from the text first, so the caller can split the snippet into plain-text segments.
 */
@ApplicationScoped
public class SearchRepository {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    private final EntityManager em;

    public SearchRepository(EntityManager em) {
        this.em = em;
    }

    /** Rows: kind, id, other member (7 columns), conversation id, mine, created_at, rank, headline. */
    @SuppressWarnings("unchecked")
    public List<Object[]> search(long me, String query, SearchResultKind kind, Float afterRank, String afterKind,
                                 Long afterId, int limit) {
        String notes = """
                SELECT 'NOTE' AS kind, n.id, n.member_id AS other_id, CAST(NULL AS bigint) AS conversation_id, true AS mine,
                       n.body, n.created_at, ts_rank(n.search, q.query) AS rank
                FROM notes n, q
                WHERE n.author_id = :me AND n.search @@ q.query AND %s""".formatted(BlockRule.neitherBlocked("n.member_id"));
        String messages = """
                SELECT 'MESSAGE' AS kind, m.id, cm.other_id, m.conversation_id, m.sender_id = :me AS mine,
                       m.body, m.created_at, ts_rank(m.search, q.query) AS rank
                FROM conversation_members cm JOIN messages m ON m.conversation_id = cm.conversation_id, q
                WHERE cm.member_id = :me AND m.search @@ q.query AND %s""".formatted(BlockRule.neitherBlocked("cm.other_id"));
        String union = kind == SearchResultKind.NOTE ? notes
                : kind == SearchResultKind.MESSAGE ? messages
                : notes + "\nUNION ALL\n" + messages;
        String sql = """
                WITH q AS (SELECT websearch_to_tsquery('english', :query) AS query)
                SELECT r.kind, r.id, o.id, o.handle, o.display_name, o.headline, o.current_title, o.current_company,
                       o.location, r.conversation_id, r.mine, r.created_at, r.rank,
                       ts_headline('english', translate(r.body, :marks, ''), q.query,
                                   'StartSel=' || :start || ', StopSel=' || :stop
                                   || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
                FROM (SELECT * FROM (%s) u %s ORDER BY u.rank DESC, u.kind DESC, u.id DESC LIMIT :limit) r
                JOIN members o ON o.id = r.other_id, q
                ORDER BY r.rank DESC, r.kind DESC, r.id DESC""".formatted(union,
                afterId == null ? "" : "WHERE (u.rank, u.kind, u.id) < (CAST(:afterRank AS real), :afterKind, :afterId)");
        Query q = em.createNativeQuery(sql)
                .setParameter("me", me).setParameter("query", query).setParameter("limit", limit)
                .setParameter("marks", "" + START + STOP)
                .setParameter("start", String.valueOf(START)).setParameter("stop", String.valueOf(STOP));
        if (afterId != null) {
            q.setParameter("afterRank", afterRank).setParameter("afterKind", afterKind).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }
}
