package app.rapport.follows;

import app.rapport.network.NetworkRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/** Queries on follows (a plain table keyed by the pair; the counters follow by trigger). */
@ApplicationScoped
public class FollowRepository {

    private final EntityManager em;

    public FollowRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds the follow unless it exists; true when it was added. */
    public boolean follow(long follower, long followee) {
        return em.createNativeQuery("""
                        INSERT INTO follows (follower_id, followee_id) VALUES (:a, :b) ON CONFLICT DO NOTHING""")
                .setParameter("a", follower).setParameter("b", followee).executeUpdate() > 0;
    }

    public boolean unfollow(long follower, long followee) {
        return em.createNativeQuery("DELETE FROM follows WHERE follower_id = :a AND followee_id = :b")
                .setParameter("a", follower).setParameter("b", followee).executeUpdate() > 0;
    }

    public boolean follows(long follower, long followee) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM follows WHERE follower_id = :a AND followee_id = :b""")
                .setParameter("a", follower).setParameter("b", followee).getSingleResult()).longValue() > 0;
    }

    /** Who {@code me} follows, newest follow first, after the (created_at, id) keyset position. */
    public List<Object[]> following(long me, Instant afterAt, Long afterId, int limit) {
        return list("""
                SELECT %s, f.created_at FROM follows f JOIN members m ON m.id = f.followee_id
                WHERE f.follower_id = :me %s
                ORDER BY f.created_at DESC, f.followee_id DESC LIMIT :limit""",
                "AND (f.created_at, f.followee_id) < (:afterAt, :afterId)", me, afterAt, afterId, limit);
    }

    /** Who follows {@code me}, newest first. */
    public List<Object[]> followers(long me, Instant afterAt, Long afterId, int limit) {
        return list("""
                SELECT %s, f.created_at FROM follows f JOIN members m ON m.id = f.follower_id
                WHERE f.followee_id = :me %s
                ORDER BY f.created_at DESC, f.follower_id DESC LIMIT :limit""",
                "AND (f.created_at, f.follower_id) < (:afterAt, :afterId)", me, afterAt, afterId, limit);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> list(String sql, String keyset, long me, Instant afterAt, Long afterId, int limit) {
        Query q = em.createNativeQuery(sql.formatted(NetworkRows.COLUMNS, afterId == null ? "" : keyset))
                .setParameter("me", me).setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }
}
