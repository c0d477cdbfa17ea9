package app.rapport.connections;

import app.rapport.network.NetworkRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/** Queries on connections (one row per pair, smaller id first) and the follows they imply. */
@ApplicationScoped
public class ConnectionRepository {

    private final EntityManager em;

    public ConnectionRepository(EntityManager em) {
        this.em = em;
    }

    /** Connects the two and makes each follow the other; idempotent. */
    public void connect(long a, long b) {
        em.createNativeQuery("""
                        INSERT INTO connections (member_a_id, member_b_id) VALUES (:a, :b) ON CONFLICT DO NOTHING""")
                .setParameter("a", Math.min(a, b)).setParameter("b", Math.max(a, b)).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO follows (follower_id, followee_id) VALUES (:a, :b), (:b, :a) ON CONFLICT DO NOTHING""")
                .setParameter("a", a).setParameter("b", b).executeUpdate();
    }

    /** Removes the connection and both follows; true when there was a connection. */
    public boolean disconnect(long a, long b) {
        int removed = em.createNativeQuery("DELETE FROM connections WHERE member_a_id = :a AND member_b_id = :b")
                .setParameter("a", Math.min(a, b)).setParameter("b", Math.max(a, b)).executeUpdate();
        em.createNativeQuery("""
                        DELETE FROM follows WHERE (follower_id = :a AND followee_id = :b)
                                              OR (follower_id = :b AND followee_id = :a)""")
                .setParameter("a", a).setParameter("b", b).executeUpdate();
        return removed > 0;
    }

    /** {@code me}'s connections, newest first, after the (created_at, id) keyset position. */
    @SuppressWarnings("unchecked")
    public List<Object[]> connectionsOf(long me, Instant afterAt, Long afterId, int limit) {
        Query q = em.createNativeQuery("""
                        SELECT %s, e.created_at FROM connection_edges e JOIN members m ON m.id = e.other_id
                        WHERE e.member_id = :me %s
                        ORDER BY e.created_at DESC, e.other_id DESC LIMIT :limit""".formatted(NetworkRows.COLUMNS,
                        afterId == null ? "" : "AND (e.created_at, e.other_id) < (:afterAt, :afterId)"))
                .setParameter("me", me).setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }
}
