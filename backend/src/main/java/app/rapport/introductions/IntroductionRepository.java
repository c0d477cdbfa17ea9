package app.rapport.introductions;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Queries on introductions. Every read names the member's part in the query (requester,
 * broker, or target of a forwarded one) and hides introductions that a block between any two
 * of the three members touches, so "not yours" and "hidden" are the same 404.
 */
@ApplicationScoped
public class IntroductionRepository implements PanacheRepository<Introduction> {

    /** SQL: no block between any two of the three members of introduction {@code i}, and not cancelled. */
    static final String VISIBLE = """
            i.state <> 'CANCELLED'
            AND NOT EXISTS (SELECT 1 FROM blocks bk
                            WHERE bk.blocker_id IN (i.requester_id, i.broker_id, i.target_id)
                              AND bk.blocked_id IN (i.requester_id, i.broker_id, i.target_id))""";

    /** SQL: :me takes part in introduction {@code i} (a target only once it was forwarded). */
    static final String PARTY = """
            (i.requester_id = :me OR i.broker_id = :me OR (i.target_id = :me AND i.forwarded_at IS NOT NULL))""";

    /** The introduction if :me is a party who may see it. */
    public Optional<Introduction> findForParty(long id, long me) {
        @SuppressWarnings("unchecked")
        List<Introduction> rows = getEntityManager().createNativeQuery(
                        "SELECT i.* FROM introductions i WHERE i.id = :id AND " + PARTY + " AND " + VISIBLE, Introduction.class)
                .setParameter("id", id).setParameter("me", me).getResultList();
        return rows.stream().findFirst();
    }

    /** Re-reads the row under a lock, so a decision sees the latest committed state. */
    public Introduction lock(Introduction introduction) {
        getEntityManager().refresh(introduction, LockModeType.PESSIMISTIC_WRITE);
        return introduction;
    }

    /** The open introduction of this requester to this target, if any (whoever the broker). */
    public Optional<Introduction> findOpen(long requester, long target) {
        return find("requesterId = ?1 and targetId = ?2 and state in ?3", requester, target,
                List.of(IntroductionState.REQUESTED, IntroductionState.FORWARDED)).firstResultOptional();
    }

    public long countRequestedSince(long requester, Instant since) {
        return count("requesterId = ?1 and createdAt > ?2", requester, since);
    }

    public long countOpen(long requester) {
        return count("requesterId = ?1 and state in ?2", requester,
                List.of(IntroductionState.REQUESTED, IntroductionState.FORWARDED));
    }

    /** One page of :me's introductions in a role, newest first, before the (created_at, id) keyset position. */
    @SuppressWarnings("unchecked")
    public List<Introduction> page(long me, IntroductionRole role, boolean pending, Instant beforeAt, long beforeId,
                                   int limit) {
        String where = switch (role) {
            case REQUESTER -> "i.requester_id = :me" + (pending ? " AND i.state IN ('REQUESTED', 'FORWARDED')" : "");
            case BROKER -> "i.broker_id = :me" + (pending ? " AND i.state = 'REQUESTED'" : "");
            case TARGET -> "i.target_id = :me AND i.forwarded_at IS NOT NULL" + (pending ? " AND i.state = 'FORWARDED'" : "");
        };
        return getEntityManager().createNativeQuery("""
                        SELECT i.* FROM introductions i
                        WHERE %s AND (i.created_at, i.id) < (:at, :id) AND %s
                        ORDER BY i.created_at DESC, i.id DESC LIMIT :limit""".formatted(where, VISIBLE), Introduction.class)
                .setParameter("me", me).setParameter("at", beforeAt).setParameter("id", beforeId)
                .setParameter("limit", limit).getResultList();
    }

    /**
     * The latest introductions between :me and :other as two of the three parties (one the
     * requester and the other the target, or one brokering for the other), visible to :me.
     */
    @SuppressWarnings("unchecked")
    public List<Introduction> between(long me, long other, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT i.* FROM introductions i
                        WHERE ((i.requester_id = :me AND i.target_id = :other)
                            OR (i.target_id = :me AND i.requester_id = :other AND i.forwarded_at IS NOT NULL)
                            OR (i.broker_id = :me AND :other IN (i.requester_id, i.target_id))
                            OR (i.broker_id = :other AND (i.requester_id = :me
                                                          OR (i.target_id = :me AND i.forwarded_at IS NOT NULL))))
                          AND %s
                        ORDER BY i.created_at DESC, i.id DESC LIMIT :limit""".formatted(VISIBLE), Introduction.class)
                .setParameter("me", me).setParameter("other", other).setParameter("limit", limit).getResultList();
    }

    /** The open introductions that have both members among their three (to cancel on a block between them). */
    @SuppressWarnings("unchecked")
    public List<Introduction> openBetween(long a, long b) {
        return getEntityManager().createNativeQuery("""
                        SELECT i.* FROM introductions i
                        WHERE i.state IN ('REQUESTED', 'FORWARDED')
                          AND :a IN (i.requester_id, i.broker_id, i.target_id)
                          AND :b IN (i.requester_id, i.broker_id, i.target_id)
                        ORDER BY i.id""", Introduction.class)
                .setParameter("a", a).setParameter("b", b).getResultList();
    }

    /**
     * The candidates to introduce :me to :target: our mutual connections, with what is visible
     * between each and the target: since when they are connected, their public comments and
     * likes, and their longest overlap at one company. Columns: broker summary (0-6), broker-target
     * since (7), public interactions between them (8), overlapping company (9), overlap start (10),
     * overlap end (11). At most :cap, those I interacted with last first.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> candidates(long me, long target, int cap) {
        return getEntityManager().createNativeQuery("""
                        SELECT b.id, b.handle, b.display_name, b.headline, b.current_title, b.current_company, b.location,
                               t.created_at,
                               COALESCE(bt.public_from_me + bt.public_to_me, 0),
                               ov.company, ov.from_date, ov.to_date
                        FROM connection_edges a
                        JOIN connection_edges t ON t.member_id = :target AND t.other_id = a.other_id
                        JOIN members b ON b.id = a.other_id
                        LEFT JOIN relationship_activity r ON r.owner_id = :me AND r.other_id = b.id
                        LEFT JOIN relationship_activity bt ON bt.owner_id = b.id AND bt.other_id = :target
                        LEFT JOIN LATERAL (
                            SELECT pb.company, GREATEST(pb.start_date, pt.start_date) AS from_date,
                                   LEAST(COALESCE(pb.end_date, current_date), COALESCE(pt.end_date, current_date)) AS to_date
                            FROM positions pb JOIN positions pt
                              ON lower(pt.company) = lower(pb.company)
                             AND pt.start_date <= COALESCE(pb.end_date, current_date)
                             AND pb.start_date <= COALESCE(pt.end_date, current_date)
                            WHERE pb.member_id = b.id AND pt.member_id = :target
                            ORDER BY LEAST(COALESCE(pb.end_date, current_date), COALESCE(pt.end_date, current_date))
                                     - GREATEST(pb.start_date, pt.start_date) DESC
                            LIMIT 1) ov ON true
                        WHERE a.member_id = :me AND a.other_id <> :target
                        ORDER BY r.last_interaction_at DESC NULLS LAST, b.id
                        LIMIT :cap""")
                .setParameter("me", me).setParameter("target", target).setParameter("cap", cap).getResultList();
    }
}
