package app.rapport.tags;

import app.rapport.common.SqlRows;
import app.rapport.privacy.BlockRule;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Queries on tags and on who is under them; every query is scoped to the owner. */
@ApplicationScoped
public class TagRepository implements PanacheRepository<Tag> {

    /** The ids among :ids of tags :owner owns (read by the benchmark's SqlDump too). */
    static final String OWNED_IDS = "SELECT id FROM tags WHERE owner_id = :owner AND id = ANY (:ids)";

    private final SqlRows sql;

    public TagRepository(SqlRows sql) {
        this.sql = sql;
    }

    public Optional<Tag> findByIdAndOwner(long id, long owner) {
        return find("id = ?1 and ownerId = ?2", id, owner).firstResultOptional();
    }

    /**
     * Which of {@code ids} name tags of {@code owner}. Plain SQL with one array parameter: an HQL
     * "in" over a list is translated afresh on every call (a third of the tag feed's CPU).
     */
    public Set<Long> ownedIds(Collection<Long> ids, long owner) {
        Set<Long> owned = new HashSet<>();
        if (!ids.isEmpty()) {
            for (Object[] r : sql.list(OWNED_IDS, Map.of("owner", owner, "ids", ids.toArray(Long[]::new)))) {
                owned.add(((Number) r[0]).longValue());
            }
        }
        return owned;
    }

    public boolean nameTaken(long owner, String name, Long exceptId) {
        return count("ownerId = ?1 and lower(name) = ?2 and id <> ?3", owner, name.toLowerCase(Locale.ROOT),
                exceptId == null ? -1L : exceptId) > 0;
    }

    public long countForOwner(long owner) {
        return count("ownerId", owner);
    }

    /** The owner's tags by name with their member counts; only those on {@code memberId} when given. */
    @SuppressWarnings("unchecked")
    public List<Object[]> listWithCounts(long owner, Long memberId) {
        String sql = "SELECT t.id, t.name, t.created_at, (SELECT count(*) FROM tagged_members tm WHERE tm.tag_id = t.id)"
                     + " FROM tags t WHERE t.owner_id = :owner"
                     + (memberId == null ? "" : " AND EXISTS (SELECT 1 FROM tagged_members x WHERE x.tag_id = t.id AND x.member_id = :member)")
                     + " ORDER BY lower(t.name), t.id";
        var q = getEntityManager().createNativeQuery(sql).setParameter("owner", owner);
        if (memberId != null) {
            q.setParameter("member", memberId);
        }
        return q.getResultList();
    }

    public long memberCount(long tagId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM tagged_members WHERE tag_id = :t")
                .setParameter("t", tagId).getSingleResult()).longValue();
    }

    /** Which of {@code ids} :me follows or is connected to. */
    @SuppressWarnings("unchecked")
    public Set<Long> contactsAmong(long me, Collection<Long> ids) {
        List<Number> rows = getEntityManager().createNativeQuery(
                        "SELECT f.followee_id FROM follows f WHERE f.follower_id = :me AND f.followee_id IN (:ids)"
                        + " UNION SELECT c.member_b_id FROM connections c WHERE c.member_a_id = :me AND c.member_b_id IN (:ids)"
                        + " UNION SELECT c.member_a_id FROM connections c WHERE c.member_b_id = :me AND c.member_a_id IN (:ids)")
                .setParameter("me", me).setParameter("ids", ids).getResultList();
        Set<Long> out = new HashSet<>();
        rows.forEach(n -> out.add(n.longValue()));
        return out;
    }

    public int addMembers(long tagId, long owner, Collection<Long> memberIds, Instant at) {
        return getEntityManager().createNativeQuery(
                        "INSERT INTO tagged_members (tag_id, member_id, owner_id, created_at)"
                        + " SELECT :tag, m.id, :owner, :at FROM members m WHERE m.id IN (:ids) ON CONFLICT DO NOTHING")
                .setParameter("tag", tagId).setParameter("owner", owner).setParameter("at", at)
                .setParameter("ids", memberIds).executeUpdate();
    }

    public int removeMembers(long tagId, Collection<Long> memberIds) {
        return getEntityManager().createNativeQuery(
                        "DELETE FROM tagged_members WHERE tag_id = :tag AND member_id IN (:ids)")
                .setParameter("tag", tagId).setParameter("ids", memberIds).executeUpdate();
    }

    /**
     * (member_id, created_at) under one of {@code owner}'s tags, most recently tagged first, after
     * the keyset position; never a member blocked either way (a block also removes such tags).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> membersPage(long tagId, long owner, Instant beforeTs, long beforeId, int limit) {
        return getEntityManager().createNativeQuery(
                        "SELECT tm.member_id, tm.created_at FROM tagged_members tm WHERE tm.tag_id = :tag"
                        + " AND (tm.created_at, tm.member_id) < (:ts, :id) AND " + BlockRule.neitherBlocked("tm.member_id")
                        + " ORDER BY tm.created_at DESC, tm.member_id DESC LIMIT :limit")
                .setParameter("tag", tagId).setParameter("me", owner).setParameter("ts", beforeTs)
                .setParameter("id", beforeId).setParameter("limit", limit).getResultList();
    }
}
