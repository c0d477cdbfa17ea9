package app.rapport.relationships;

import app.rapport.network.NetworkRows;
import app.rapport.relationships.strength.RelationshipSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries on relationship_activity: recording interactions (one upsert per side, in the
 * transaction of the interaction), how a connection was made, and the review's pages.
 */
@ApplicationScoped
public class RelationshipRepository {

    /**
     * The signal columns of a row {@code r} (13 columns, see {@link #signals}), with the request
     * behind the connection {@code i} and the introducer {@code ib} joined by the query.
     */
    static final String SIGNALS = """
            r.connected_at, r.met_via, i.verdict, ib.display_name, r.last_interaction_at, r.last_kind,
            r.messages_from_me, r.messages_to_me, r.public_from_me, r.public_to_me, r.notes,
            r.last_from_me_at, r.last_to_me_at""";
    static final String SIGNAL_JOINS = """
            LEFT JOIN invitations i ON i.id = r.invitation_id
            LEFT JOIN members ib ON ib.id = r.introduced_by_id""";
    /** The review's order "longest without interaction": the expression of relationship_review_by_last. */
    static final String LAST_KEY = "COALESCE(r.last_interaction_at, '-infinity'::timestamptz)";

    private final EntityManager em;

    public RelationshipRepository(EntityManager em) {
        this.em = em;
    }

    /** Which side of an interaction a row records. */
    enum Side {
        FROM_ME, TO_ME, MINE_ONLY
    }

    /**
     * Records one interaction on {@code owner}'s row about {@code other}: bumps {@code counter}
     * (a column of ours, never input), moves the last interaction forward if this one is later.
     */
    void record(long owner, long other, String counter, Side side, String kind, Instant at) {
        String sideColumn = switch (side) {
            case FROM_ME -> "last_from_me_at";
            case TO_ME -> "last_to_me_at";
            case MINE_ONLY -> null;
        };
        String insertCols = sideColumn == null ? "" : ", " + sideColumn;
        String insertVals = sideColumn == null ? "" : ", :at";
        String sideUpdate = sideColumn == null ? "" : ", %1$s = GREATEST(r.%1$s, :at)".formatted(sideColumn);
        em.createNativeQuery("""
                        INSERT INTO relationship_activity AS r (owner_id, other_id, %1$s, last_interaction_at, last_kind%2$s)
                        VALUES (:owner, :other, 1, :at, :kind%3$s)
                        ON CONFLICT (owner_id, other_id) DO UPDATE
                        SET %1$s = r.%1$s + 1%4$s,
                            last_kind = CASE WHEN r.last_interaction_at IS NULL OR r.last_interaction_at <= :at
                                             THEN :kind ELSE r.last_kind END,
                            last_interaction_at = GREATEST(r.last_interaction_at, :at)"""
                        .formatted(counter, insertCols, insertVals, sideUpdate))
                .setParameter("owner", owner).setParameter("other", other).setParameter("at", at)
                .setParameter("kind", kind).executeUpdate();
    }

    /** Takes back one of {@code owner}'s counted items (e.g. a deleted note); the last interaction stays. */
    void forget(long owner, long other, String counter) {
        em.createNativeQuery("UPDATE relationship_activity SET %1$s = GREATEST(%1$s - 1, 0) WHERE owner_id = :owner AND other_id = :other"
                        .formatted(counter))
                .setParameter("owner", owner).setParameter("other", other).executeUpdate();
    }

    /** How a connection was made, on {@code owner}'s row (written right after the connection's trigger made it). */
    void setOrigin(long owner, long other, RelationshipSignals.MetVia metVia, Long invitationId, Long introducedById) {
        em.createNativeQuery("""
                        UPDATE relationship_activity SET met_via = :via, invitation_id = :inv, introduced_by_id = :by
                        WHERE owner_id = :owner AND other_id = :other AND connected""")
                .setParameter("via", metVia.name()).setParameter("inv", invitationId).setParameter("by", introducedById)
                .setParameter("owner", owner).setParameter("other", other).executeUpdate();
    }

    /**
     * One review page: member summary (0-6), signals (7-19), invitation note and sender (20-21),
     * introducer id (22), the sort column (23; a null last interaction sorts as -infinity), kept at (24). {@code sort} picks the index; keyset after
     * ({@code afterKey}, {@code afterId}) where afterKey is a timestamp text ("-infinity" allowed).
     */
    @SuppressWarnings("unchecked")
    List<Object[]> page(long me, RelationshipSort sort, Long tagId, KeptFilter kept, String afterKey, Long afterId,
                        int limit) {
        String key = sort == RelationshipSort.CONNECTED_SINCE ? "r.connected_at" : LAST_KEY;
        Query q = em.createNativeQuery("""
                        SELECT m.id, m.handle, m.display_name, m.headline, m.current_title, m.current_company, m.location,
                               %1$s, i.note, i.sender_id, r.introduced_by_id, %6$s, r.kept_at
                        FROM (SELECT r.* FROM relationship_activity r
                              WHERE r.owner_id = :me AND r.connected %3$s %4$s %7$s
                              ORDER BY %2$s, r.other_id LIMIT :limit) r
                        JOIN members m ON m.id = r.other_id
                        %5$s
                        ORDER BY %2$s, r.other_id""".formatted(SIGNALS, key,
                        tagId == null ? "" : "AND EXISTS (SELECT 1 FROM tagged_members t WHERE t.tag_id = :tag AND t.member_id = r.other_id)",
                        afterId == null ? "" : "AND (%s, r.other_id) > (CAST(:afterKey AS timestamptz), :afterId)".formatted(key),
                        SIGNAL_JOINS, sort == RelationshipSort.CONNECTED_SINCE ? "r.connected_at" : "r.last_interaction_at",
                        kept.sql))
                .setParameter("me", me).setParameter("limit", limit);
        if (tagId != null) {
            q.setParameter("tag", tagId);
        }
        if (afterId != null) {
            q.setParameter("afterKey", afterKey).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }

    /** Every connection of {@code me} with its signals (other id, then the 13 signal columns), for the strength order. */
    @SuppressWarnings("unchecked")
    List<Object[]> allSignals(long me, Long tagId, KeptFilter kept) {
        Query q = em.createNativeQuery("""
                        SELECT r.other_id, %s
                        FROM relationship_activity r %s
                        WHERE r.owner_id = :me AND r.connected %s %s""".formatted(SIGNALS, SIGNAL_JOINS,
                        tagId == null ? "" : "AND EXISTS (SELECT 1 FROM tagged_members t WHERE t.tag_id = :tag AND t.member_id = r.other_id)",
                        kept.sql))
                .setParameter("me", me);
        if (tagId != null) {
            q.setParameter("tag", tagId);
        }
        return q.getResultList();
    }

    /** The same columns as {@link #page} for the given members (any order), connected or not. */
    @SuppressWarnings("unchecked")
    List<Object[]> rowsFor(long me, Collection<Long> others) {
        if (others.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                        SELECT m.id, m.handle, m.display_name, m.headline, m.current_title, m.current_company, m.location,
                               %s, i.note, i.sender_id, r.introduced_by_id, r.connected_at, r.kept_at
                        FROM relationship_activity r
                        JOIN members m ON m.id = r.other_id
                        %s
                        WHERE r.owner_id = :me AND r.other_id IN (:others)""".formatted(SIGNALS, SIGNAL_JOINS))
                .setParameter("me", me).setParameter("others", others).getResultList();
    }

    /** Connections of {@code me}, how many of them had no interaction since {@code since}, and how many {@code me} kept. */
    Object[] summary(long me, Instant since) {
        return (Object[]) em.createNativeQuery("""
                        SELECT (SELECT connections FROM member_graph_counts WHERE member_id = :me), s.dormant, s.kept
                        FROM (SELECT count(*) FILTER (WHERE %s < :since) AS dormant,
                                     count(*) FILTER (WHERE r.kept_at IS NOT NULL) AS kept
                              FROM relationship_activity r WHERE r.owner_id = :me AND r.connected) s""".formatted(LAST_KEY))
                .setParameter("me", me).setParameter("since", since).getSingleResult();
    }

    /** {@code me}'s tags on each of {@code members}: member id, tag id, tag name; tags in name order. */
    @SuppressWarnings("unchecked")
    List<Object[]> tagsOn(long me, Collection<Long> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                        SELECT tm.member_id, t.id, t.name FROM tagged_members tm JOIN tags t ON t.id = tm.tag_id
                        WHERE tm.owner_id = :me AND tm.member_id IN (:members)
                        ORDER BY lower(t.name), t.id""")
                .setParameter("me", me).setParameter("members", members).getResultList();
    }

    /** Marks {@code me}'s connections among {@code others} kept at {@code at}; returns the members changed (not kept before). */
    @SuppressWarnings("unchecked")
    List<Long> keep(long me, Collection<Long> others, Instant at) {
        return ((List<Number>) em.createNativeQuery("""
                        UPDATE relationship_activity SET kept_at = :at
                        WHERE owner_id = :me AND other_id IN (:others) AND connected AND kept_at IS NULL
                        RETURNING other_id""")
                .setParameter("me", me).setParameter("others", others).setParameter("at", at)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    /** Takes back {@code me}'s keep on each of {@code others}; returns the members changed (kept before). */
    @SuppressWarnings("unchecked")
    List<Long> unkeep(long me, Collection<Long> others) {
        return ((List<Number>) em.createNativeQuery("""
                        UPDATE relationship_activity SET kept_at = NULL
                        WHERE owner_id = :me AND other_id IN (:others) AND kept_at IS NOT NULL
                        RETURNING other_id""")
                .setParameter("me", me).setParameter("others", others)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    boolean ownsTag(long me, long tagId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM tags WHERE id = :t AND owner_id = :me")
                .setParameter("t", tagId).setParameter("me", me).getSingleResult()).longValue() > 0;
    }

    /** Locks the counter rows of all these members in id order, like NetworkRepository#lockPair for many. */
    void lockAll(Collection<Long> members) {
        em.createNativeQuery("SELECT member_id FROM member_graph_counts WHERE member_id IN (:ids) ORDER BY member_id FOR UPDATE")
                .setParameter("ids", members).getResultList();
    }

    /** The 13 signal columns starting at {@code at}. */
    static RelationshipSignals signals(Object[] row, int at) {
        String via = (String) row[at + 1];
        String verdict = (String) row[at + 2];
        return new RelationshipSignals(NetworkRows.instant(row[at]), via == null ? null : RelationshipSignals.MetVia.valueOf(via),
                verdict == null ? null : "PERSONAL".equals(verdict), (String) row[at + 3],
                NetworkRows.instant(row[at + 4]), (String) row[at + 5], num(row[at + 6]), num(row[at + 7]),
                num(row[at + 8]), num(row[at + 9]), num(row[at + 10]), NetworkRows.instant(row[at + 11]),
                NetworkRows.instant(row[at + 12]));
    }

    static int num(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    static Map<Long, List<Object[]>> byFirstColumn(List<Object[]> rows) {
        Map<Long, List<Object[]>> map = new HashMap<>();
        for (Object[] r : rows) {
            map.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>()).add(r);
        }
        return map;
    }
}
