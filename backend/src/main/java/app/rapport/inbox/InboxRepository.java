package app.rapport.inbox;

import app.rapport.privacy.BlockRule;
import app.rapport.network.NetworkRows;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on inbox items and their unread counters (the counters are kept by a trigger). */
@ApplicationScoped
public class InboxRepository {

    private static final String SELECT = """
            SELECT i.id, i.kind, i.reference_id,
                   a.id, a.handle, a.display_name, a.headline, a.current_title, a.current_company, a.location,
                   i.preview, i.unread_count, i.score, i.verdict, i.outcome, i.last_activity_at
            FROM inbox_items i JOIN members a ON a.id = i.actor_id
            WHERE i.member_id = :me AND %s""".formatted(BlockRule.neitherBlocked("i.actor_id"));

    private final EntityManager em;

    public InboxRepository(EntityManager em) {
        this.em = em;
    }

    /** Inserts the item, or replaces the one for the same (member, kind, reference); returns its id. */
    public long put(InboxEntry e) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO inbox_items (member_id, kind, reference_type, reference_id, actor_id, preview,
                                                 score, verdict, outcome, unread_count, last_activity_at)
                        VALUES (:m, :kind, :refType, :ref, :actor, :preview, :score, :verdict, :outcome, :unread, :at)
                        ON CONFLICT (member_id, kind, reference_type, reference_id) DO UPDATE
                        SET actor_id = EXCLUDED.actor_id, preview = EXCLUDED.preview, score = EXCLUDED.score,
                            verdict = EXCLUDED.verdict, outcome = EXCLUDED.outcome,
                            unread_count = EXCLUDED.unread_count, last_activity_at = EXCLUDED.last_activity_at
                        RETURNING id""")
                .setParameter("m", e.memberId()).setParameter("kind", e.kind().name())
                .setParameter("refType", e.referenceType().name()).setParameter("ref", e.referenceId())
                .setParameter("actor", e.actorId()).setParameter("preview", e.preview())
                .setParameter("score", e.score() == null ? null : e.score().shortValue())
                .setParameter("verdict", e.verdict())
                .setParameter("outcome", e.outcome() == null ? null : e.outcome().name())
                .setParameter("unread", e.unreadCount()).setParameter("at", e.lastActivityAt())
                .getSingleResult()).longValue();
    }

    /** Sets the unread count of an item; returns its id when it exists. */
    public Optional<Long> setUnread(long member, InboxKind kind, InboxReference type, long ref, int unread) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        UPDATE inbox_items SET unread_count = :unread
                        WHERE member_id = :m AND kind = :kind AND reference_type = :type AND reference_id = :ref
                        RETURNING id""")
                .setParameter("unread", unread).setParameter("m", member).setParameter("kind", kind.name())
                .setParameter("type", type.name()).setParameter("ref", ref).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** Removes an item; returns its id when it existed. */
    public Optional<Long> remove(long member, InboxKind kind, InboxReference type, long ref) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        DELETE FROM inbox_items
                        WHERE member_id = :m AND kind = :kind AND reference_type = :type AND reference_id = :ref
                        RETURNING id""")
                .setParameter("m", member).setParameter("kind", kind.name()).setParameter("type", type.name())
                .setParameter("ref", ref).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** Removes every item either member has about the other; returns (member id, item id, kind, reference id). */
    @SuppressWarnings("unchecked")
    public List<Object[]> removeBetween(long a, long b) {
        return em.createNativeQuery("""
                        DELETE FROM inbox_items WHERE (member_id = :a AND actor_id = :b) OR (member_id = :b AND actor_id = :a)
                        RETURNING member_id, id, kind, reference_id""")
                .setParameter("a", a).setParameter("b", b).getResultList();
    }

    public Optional<InboxItem> find(long me, long itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " AND i.id = :id")
                .setParameter("me", me).setParameter("id", itemId).getResultList();
        return rows.stream().findFirst().map(InboxRepository::toItem);
    }

    /** My items, newest activity first, optionally of one kind and/or unread only. */
    @SuppressWarnings("unchecked")
    public List<InboxItem> list(long me, InboxKind kind, boolean unreadOnly, Instant afterAt, Long afterId, int limit) {
        Query q = em.createNativeQuery(SELECT
                        + (kind == null ? "" : " AND i.kind = :kind")
                        + (unreadOnly ? " AND i.unread_count > 0" : "")
                        + (afterId == null ? "" : " AND (i.last_activity_at, i.id) < (:afterAt, :afterId)")
                        + " ORDER BY i.last_activity_at DESC, i.id DESC LIMIT :limit")
                .setParameter("me", me).setParameter("limit", limit);
        if (kind != null) {
            q.setParameter("kind", kind.name());
        }
        if (afterId != null) {
            q.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(InboxRepository::toItem).toList();
    }

    /** Marks one item read (not a conversation: those follow their read marker). */
    public void markRead(long me, long itemId) {
        em.createNativeQuery("UPDATE inbox_items SET unread_count = 0 WHERE id = :id AND member_id = :me AND unread_count > 0")
                .setParameter("id", itemId).setParameter("me", me).executeUpdate();
    }

    /** Marks every unread item of a kind (or of every kind) read; returns how many changed. */
    public int markAllRead(long me, InboxKind kind) {
        Query q = em.createNativeQuery("UPDATE inbox_items SET unread_count = 0 WHERE member_id = :me AND unread_count > 0"
                        + (kind == null ? "" : " AND kind = :kind"))
                .setParameter("me", me);
        if (kind != null) {
            q.setParameter("kind", kind.name());
        }
        return q.executeUpdate();
    }

    /** The unread counters of a member: one index range, never a count of items. */
    @SuppressWarnings("unchecked")
    public Map<InboxKind, Integer> counts(long me) {
        Map<InboxKind, Integer> out = new EnumMap<>(InboxKind.class);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT kind, unread FROM inbox_counters WHERE member_id = :me")
                .setParameter("me", me).getResultList()) {
            out.put(InboxKind.valueOf((String) r[0]), ((Number) r[1]).intValue());
        }
        return out;
    }

    private static InboxItem toItem(Object[] r) {
        int unread = ((Number) r[11]).intValue();
        return new InboxItem(((Number) r[0]).longValue(), InboxKind.valueOf((String) r[1]), ((Number) r[2]).longValue(),
                ProfileSummary.fromRow(r, 3), (String) r[10], unread > 0, unread,
                r[12] == null ? null : ((Number) r[12]).intValue(), (String) r[13],
                r[14] == null ? null : InboxOutcome.valueOf((String) r[14]), NetworkRows.instant(r[15]));
    }
}
