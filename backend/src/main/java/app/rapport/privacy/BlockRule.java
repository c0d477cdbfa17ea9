package app.rapport.privacy;

import app.rapport.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The one rule about blocks that every feature applies: when either of two members blocked
 * the other, each is invisible to the other on every read path (profiles, posts, comments,
 * lists, search, invitations, feeds), and a member who blocked me is answered exactly like a
 * member that does not exist (404 MEMBER_NOT_FOUND), so that a block can never be detected
 * by the one blocked. Only the blocker knows, and is told (409 MEMBER_BLOCKED) when acting on
 * the member they blocked. It sits just above {@code common} so that every feature may use it.
 */
@ApplicationScoped
public class BlockRule {

    private final EntityManager em;

    public BlockRule(EntityManager em) {
        this.em = em;
    }

    /**
     * SQL: neither {@code :me} nor the member in {@code memberColumn} blocked the other (two
     * primary-key probes). Add it to every query that returns members or their content to :me.
     */
    public static String neitherBlocked(String memberColumn) {
        return ("(NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = :me AND bk.blocked_id = %1$s)"
                + " AND NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = %1$s AND bk.blocked_id = :me))")
                .formatted(memberColumn);
    }

    /** SQL: the ids of every member blocked either way with {@code :me} (usually none). */
    public static final String BLOCKED_EITHER_WAY = "SELECT bk.blocked_id FROM blocks bk WHERE bk.blocker_id = :me"
            + " UNION ALL SELECT bk.blocker_id FROM blocks bk WHERE bk.blocked_id = :me";

    /** The 404 for a member that does not exist, or does not exist for me: one wording for both. */
    public static ProblemException memberNotFound(Object idOrHandle) {
        String what = idOrHandle instanceof String ? "the handle '" + idOrHandle + "'" : "the id " + idOrHandle;
        return new ProblemException(404, "Not found", "MEMBER_NOT_FOUND", "No member has " + what + ".");
    }

    /** Whether either member blocked the other. */
    public boolean eitherWay(long a, long b) {
        return (Boolean) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM blocks WHERE (blocker_id = :a AND blocked_id = :b)
                                                              OR (blocker_id = :b AND blocked_id = :a))""")
                .setParameter("a", a).setParameter("b", b).getSingleResult();
    }

    /** Whether {@code blocker} blocked {@code blocked}. */
    public boolean blocks(long blocker, long blocked) {
        return (Boolean) em.createNativeQuery(
                        "SELECT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = :a AND blocked_id = :b)")
                .setParameter("a", blocker).setParameter("b", blocked).getSingleResult();
    }

    /**
     * The member exists for {@code me}: it exists and has not blocked me; else 404
     * MEMBER_NOT_FOUND, the same answer as for an id nobody has. A member I blocked passes
     * (I may still unfollow, unblock or disconnect them).
     */
    public void requireMember(long me, long memberId) {
        boolean exists = (Boolean) em.createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM members WHERE id = :m)
                               AND NOT EXISTS (SELECT 1 FROM blocks WHERE blocker_id = :m AND blocked_id = :me)""")
                .setParameter("m", memberId).setParameter("me", me).getSingleResult();
        if (!exists) {
            throw memberNotFound(memberId);
        }
    }

    /**
     * Guards an act of {@code me} towards {@code other} (follow, invite, message...): 404 if
     * the other does not exist for me, 409 MEMBER_BLOCKED if I blocked them.
     */
    public void guard(long me, long other) {
        requireMember(me, other);
        if (blocks(me, other)) {
            throw ProblemException.conflict("MEMBER_BLOCKED", "You blocked this member; unblock them first.");
        }
    }
}
