package app.rapport.blocks;

import app.rapport.network.NetworkRows;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/** Queries on blocks, and the clean-up a block implies. */
@ApplicationScoped
public class BlockRepository {

    private final EntityManager em;


    public BlockRepository(EntityManager em) {
        this.em = em;
    }

    public void block(long blocker, long blocked) {
        em.createNativeQuery("INSERT INTO blocks (blocker_id, blocked_id) VALUES (:a, :b) ON CONFLICT DO NOTHING")
                .setParameter("a", blocker).setParameter("b", blocked).executeUpdate();
    }

    /** Lifts the block; returns whether there was one. */
    public boolean unblock(long blocker, long blocked) {
        return em.createNativeQuery("DELETE FROM blocks WHERE blocker_id = :a AND blocked_id = :b")
                .setParameter("a", blocker).setParameter("b", blocked).executeUpdate() > 0;
    }

    /**
     * Removes the connection, the follows both ways, the private tags each put on the other
     * (so that no tag feed keeps showing the other), and deletes pending requests both ways.
     * Deleted rather than withdrawn: the blocked member's request must not turn WITHDRAWN by
     * itself (that would tell them), it simply goes, as it would if the other had left Rapport
     * (their profile now answers 404 too); nor may it come back as a stale state after an unblock.
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
                        DELETE FROM invitations
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
