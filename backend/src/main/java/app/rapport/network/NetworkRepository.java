package app.rapport.network;

import app.rapport.privacy.BlockRule;
import app.rapport.privacy.NetworkList;
import app.rapport.profiles.ProfileCounts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graph-wide reads (counts, degrees, mutual connections, suggestions) and the pair lock that
 * every graph write takes first. All set-based: one statement per answer.
 */
@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<MemberGraphCounts, Long> {

    /**
     * Locks the two members' counter rows in member-id order (so two writers on overlapping
     * pairs never deadlock) and returns each one's current connection count. Every change to
     * follows, connections or invitations between two members runs after this lock, which
     * serializes them per member: two concurrent accepts cannot both pass the connection limit,
     * and two members inviting each other at the same instant see each other's request.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> lockPair(long a, long b) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT member_id, connections FROM member_graph_counts
                        WHERE member_id IN (:a, :b) ORDER BY member_id FOR UPDATE""")
                .setParameter("a", a).setParameter("b", b).getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return counts;
    }

    /**
     * Locks the follower's counter row only: a follow or unfollow is serialized with every other
     * change between the two (those lock both rows, see {@link #lockPair}), while follows of one
     * popular member by many others run side by side (its followers are counted in slot rows).
     */
    public void lockFollower(long follower) {
        getEntityManager().createNativeQuery("SELECT member_id FROM member_graph_counts WHERE member_id = :m FOR UPDATE")
                .setParameter("m", follower).getResultList();
    }

    /** Connections, followers (the sum of the slot rows) and following of a member: a few primary-key reads. */
    public ProfileCounts counts(long member) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        SELECT connections, followers, following FROM member_graph_totals WHERE member_id = :m""")
                .setParameter("m", member).getResultList();
        if (rows.isEmpty()) {
            return new ProfileCounts(0, 0, 0);
        }
        Object[] r = (Object[]) rows.get(0);
        return new ProfileCounts(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }

    public boolean connected(long a, long b) {
        return ((Number) getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM connections WHERE member_a_id = :a AND member_b_id = :b""")
                .setParameter("a", Math.min(a, b)).setParameter("b", Math.max(a, b))
                .getSingleResult()).longValue() > 0;
    }

    /** following, followsMe, connected, invitation policy of the member, pending invitation (id, sender). */
    public Object[] relationFlags(long me, long member) {
        return (Object[]) getEntityManager().createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM follows WHERE follower_id = :me AND followee_id = :m),
                               EXISTS (SELECT 1 FROM follows WHERE follower_id = :m AND followee_id = :me),
                               EXISTS (SELECT 1 FROM connections WHERE member_a_id = LEAST(:me, :m)
                                                                   AND member_b_id = GREATEST(:me, :m)),
                               COALESCE((SELECT invitation_policy FROM invitation_settings WHERE member_id = :m),
                                        'NOTE_REQUIRED'),
                               i.id, i.sender_id
                        FROM (SELECT 1) one
                        LEFT JOIN invitations i ON i.state = 'PENDING'
                             AND LEAST(i.sender_id, i.recipient_id) = LEAST(:me, :m)
                             AND GREATEST(i.sender_id, i.recipient_id) = GREATEST(:me, :m)""")
                .setParameter("me", me).setParameter("m", member).getSingleResult();
    }

    public long mutualCount(long me, long member) {
        return ((Number) getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM connection_edges a
                        JOIN connection_edges b ON b.other_id = a.other_id
                        WHERE a.member_id = :me AND b.member_id = :m""")
                .setParameter("me", me).setParameter("m", member).getSingleResult()).longValue();
    }

    /**
     * Mutual connections in name order, after the (name, id) keyset position when given. The
     * page is cut first and the relation flags computed for its rows only (computing them
     * before the sort would probe them for every mutual connection).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> mutualConnections(long me, long member, String afterName, Long afterId, int limit) {
        Query q = getEntityManager().createNativeQuery("""
                        SELECT %s, page.created_at
                        FROM (SELECT m.id, a.created_at
                              FROM connection_edges a
                              JOIN connection_edges b ON b.other_id = a.other_id AND b.member_id = :m
                              JOIN members m ON m.id = a.other_id
                              WHERE a.member_id = :me %s
                              ORDER BY lower(m.display_name), m.id
                              LIMIT :limit) page
                        JOIN members m ON m.id = page.id
                        ORDER BY lower(m.display_name), m.id""".formatted(NetworkRows.COLUMNS,
                        afterId == null ? "" : "AND (lower(m.display_name), m.id) > (:afterName, :afterId)"))
                .setParameter("me", me).setParameter("m", member).setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("afterName", afterName).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }

    /**
     * 2nd-degree members ranked by mutual connections (ties by id), without anyone the viewer
     * is connected to, follows, has a pending request with, or has a block with, either way. One pass over the
     * viewer's connections' connections, grouped; keyset on (mutual count desc, id).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> suggestions(long me, Long afterCount, Long afterId, int limit) {
        Query q = getEntityManager().createNativeQuery("""
                        WITH candidates AS (
                            SELECT e2.other_id AS id, count(*) AS mutuals
                            FROM connection_edges e1
                            JOIN connection_edges e2 ON e2.member_id = e1.other_id
                            WHERE e1.member_id = :me AND e2.other_id <> :me
                            GROUP BY e2.other_id
                        )
                        SELECT %s, page.mutuals
                        FROM (SELECT c.id, c.mutuals FROM candidates c
                        WHERE NOT EXISTS (SELECT 1 FROM connections x WHERE x.member_a_id = LEAST(:me, c.id)
                                                                      AND x.member_b_id = GREATEST(:me, c.id))
                          AND NOT EXISTS (SELECT 1 FROM follows x WHERE x.follower_id = :me AND x.followee_id = c.id)
                          AND %s
                          AND NOT EXISTS (SELECT 1 FROM invitations x WHERE x.state = 'PENDING'
                                            AND LEAST(x.sender_id, x.recipient_id) = LEAST(:me, c.id)
                                            AND GREATEST(x.sender_id, x.recipient_id) = GREATEST(:me, c.id))
                          %s
                        ORDER BY c.mutuals DESC, c.id
                        LIMIT :limit) page
                        JOIN members m ON m.id = page.id
                        ORDER BY page.mutuals DESC, page.id""".formatted(NetworkRows.COLUMNS, BlockRule.neitherBlocked("c.id"), afterId == null ? ""
                        : "AND (c.mutuals < :afterCount OR (c.mutuals = :afterCount AND c.id > :afterId))"))
                .setParameter("me", me).setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("afterCount", afterCount).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }

    /**
     * A member's connections, followers or followees as {@code me} sees them: newest first,
     * after the (created_at, id) keyset position when given, without anyone blocked either way
     * with {@code me} (two primary-key probes per row), each row with {@code me}'s relation
     * flags. The (owner, created_at DESC, id DESC) indexes serve each walk.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> memberList(NetworkList list, long owner, long me, Instant afterAt, Long afterId, int limit) {
        // the edge table, the owner's column in it and the listed member's
        String[] source = switch (list) {
            case CONNECTIONS -> new String[] {"connection_edges", "member_id", "other_id"};
            case FOLLOWERS -> new String[] {"follows", "followee_id", "follower_id"};
            case FOLLOWING -> new String[] {"follows", "follower_id", "followee_id"};
        };
        String listed = "e." + source[2];
        Query q = getEntityManager().createNativeQuery("""
                        SELECT %s, e.created_at FROM %s e JOIN members m ON m.id = %s
                        WHERE e.%s = :owner AND %s %s
                        ORDER BY e.created_at DESC, %s DESC LIMIT :limit""".formatted(NetworkRows.COLUMNS, source[0],
                        listed, source[1], BlockRule.neitherBlocked(listed),
                        afterId == null ? "" : "AND (e.created_at, " + listed + ") < (:afterAt, :afterId)", listed))
                .setParameter("owner", owner).setParameter("me", me).setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }
}
