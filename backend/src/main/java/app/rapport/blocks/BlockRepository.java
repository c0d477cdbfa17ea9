package app.rapport.blocks;

import app.rapport.network.NetworkRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/** Queries on blocks, and the clean-up a block implies. */
@ApplicationScoped
public class BlockRepository {

    private final EntityManager em;

    /**
     * SQL: neither :me nor the member in {@code memberColumn} blocked the other (two primary-key
     * probes; the feeds and post reads add it wherever someone else's content could reach :me).
     */
    public static String neitherBlocked(String memberColumn) {
        return ("(NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = :me AND bk.blocked_id = %1$s)"
                + " AND NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = %1$s AND bk.blocked_id = :me))")
                .formatted(memberColumn);
    }

    public BlockRepository(EntityManager em) {
        this.em = em;
    }

    public boolean blocks(long blocker, long blocked) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM blocks WHERE blocker_id = :a AND blocked_id = :b")
                .setParameter("a", blocker).setParameter("b", blocked).getSingleResult()).longValue() > 0;
    }

    /** Whether either member blocked the other, in one statement. */
    public boolean eitherWay(long a, long b) {
        return (Boolean) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM blocks WHERE (blocker_id = :a AND blocked_id = :b)
                                                              OR (blocker_id = :b AND blocked_id = :a))""")
                .setParameter("a", a).setParameter("b", b).getSingleResult();
    }

    public void block(long blocker, long blocked) {
        em.createNativeQuery("INSERT INTO blocks (blocker_id, blocked_id) VALUES (:a, :b) ON CONFLICT DO NOTHING")
                .setParameter("a", blocker).setParameter("b", blocked).executeUpdate();
    }

    public void unblock(long blocker, long blocked) {
        em.createNativeQuery("DELETE FROM blocks WHERE blocker_id = :a AND blocked_id = :b")
                .setParameter("a", blocker).setParameter("b", blocked).executeUpdate();
    }

    /**
     * Removes the connection, the follows both ways, the private tags each put on the other
     * (so that no tag feed keeps showing the other), and closes pending requests both ways.
     */
    public void severAll(long a, long b) {
        em.createNativeQuery("DELETE FROM connections WHERE member_a_id = :a AND member_b_id = :b")
                .setParameter("a", Math.min(a, b)).setParameter("b", Math.max(a, b)).executeUpdate();
        em.createNativeQuery("""
                        DELETE FROM follows WHERE (follower_id = :a AND followee_id = :b)
                                              OR (follower_id = :b AND followee_id = :a)""")
                .setParameter("a", a).setParameter("b", b).executeUpdate();
        em.createNativeQuery("""
                        DELETE FROM tagged_members WHERE (owner_id = :a AND member_id = :b)
                                                      OR (owner_id = :b AND member_id = :a)""")
                .setParameter("a", a).setParameter("b", b).executeUpdate();
        em.createNativeQuery("""
                        UPDATE invitations SET state = 'WITHDRAWN', decided_at = now()
                        WHERE state = 'PENDING' AND ((sender_id = :a AND recipient_id = :b)
                                                  OR (sender_id = :b AND recipient_id = :a))""")
                .setParameter("a", a).setParameter("b", b).executeUpdate();
    }

    /** Members {@code me} blocked, newest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> blockedBy(long me, Instant afterAt, Long afterId, int limit) {
        Query q = em.createNativeQuery("""
                        SELECT %s, b.created_at FROM blocks b JOIN members m ON m.id = b.blocked_id
                        WHERE b.blocker_id = :me %s
                        ORDER BY b.created_at DESC, b.blocked_id DESC LIMIT :limit""".formatted(NetworkRows.COLUMNS,
                        afterId == null ? "" : "AND (b.created_at, b.blocked_id) < (:afterAt, :afterId)"))
                .setParameter("me", me).setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }
}
