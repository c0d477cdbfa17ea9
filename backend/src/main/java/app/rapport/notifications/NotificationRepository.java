package app.rapport.notifications;

import app.rapport.privacy.BlockRule;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Queries on notifications, their actors, the unread counter (kept by a trigger) and the settings. */
@ApplicationScoped
public class NotificationRepository {

    /** Actors the reader may see: never one blocked either way with :me. */
    private static final String VISIBLE_ACTOR = BlockRule.neitherBlocked("na.actor_id");

    private final EntityManager em;

    public NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds the actor to the member's open (unread) group of this kind and subject, creating the
     * group if there is none; returns the notification id.
     */
    public long join(long member, NotificationKind kind, long subject, Long postId, String detail, long actor,
                     Instant at) {
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO notifications (member_id, kind, subject_id, post_id, detail, created_at, latest_at)
                        VALUES (:m, :kind, :subject, :post, :detail, :at, :at)
                        ON CONFLICT (member_id, kind, subject_id) WHERE read_at IS NULL DO UPDATE
                        SET latest_at = greatest(notifications.latest_at, EXCLUDED.latest_at),
                            detail = coalesce(EXCLUDED.detail, notifications.detail)
                        RETURNING id""")
                .setParameter("m", member).setParameter("kind", kind.name()).setParameter("subject", subject)
                .setParameter("post", postId).setParameter("detail", detail).setParameter("at", at)
                .getSingleResult()).longValue();
        em.createNativeQuery("""
                        INSERT INTO notification_actors (notification_id, actor_id, acted_at) VALUES (:n, :a, :at)
                        ON CONFLICT (notification_id, actor_id) DO UPDATE SET acted_at = EXCLUDED.acted_at""")
                .setParameter("n", id).setParameter("a", actor).setParameter("at", at).executeUpdate();
        return id;
    }

    /**
     * Takes the actor out of the groups of this kind and subject (of one member, or of every
     * member when {@code member} is null) and deletes the groups left empty. Returns
     * (member id → notification id) of what changed.
     */
    public List<long[]> leave(Long member, NotificationKind kind, long subject, long actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        DELETE FROM notification_actors na USING notifications n
                        WHERE na.notification_id = n.id AND na.actor_id = :a AND n.kind = :kind
                          AND n.subject_id = :subject AND (CAST(:m AS bigint) IS NULL OR n.member_id = :m)
                        RETURNING n.member_id, n.id""")
                .setParameter("a", actor).setParameter("kind", kind.name()).setParameter("subject", subject)
                .setParameter("m", member).getResultList();
        List<long[]> changed = rows.stream()
                .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()}).toList();
        deleteEmpty(changed.stream().map(c -> c[1]).toList());
        return changed;
    }

    /**
     * Forgets the two members in each other's notifications (a block): each as an actor of the
     * other's, and the other's posts as subjects. Returns the ids of the members (of the two)
     * whose notifications changed.
     */
    public Set<Long> forgetBetween(long a, long b) {
        @SuppressWarnings("unchecked")
        List<Object[]> touched = em.createNativeQuery("""
                        DELETE FROM notification_actors na USING notifications n
                        WHERE na.notification_id = n.id
                          AND ((n.member_id = :a AND na.actor_id = :b) OR (n.member_id = :b AND na.actor_id = :a))
                        RETURNING n.id, n.member_id""")
                .setParameter("a", a).setParameter("b", b).getResultList();
        deleteEmpty(touched.stream().map(r -> ((Number) r[0]).longValue()).toList());
        @SuppressWarnings("unchecked")
        List<Number> aboutPosts = em.createNativeQuery("""
                        DELETE FROM notifications n USING posts p
                        WHERE p.id = n.post_id AND ((n.member_id = :a AND p.author_id = :b)
                                                    OR (n.member_id = :b AND p.author_id = :a))
                        RETURNING n.member_id""")
                .setParameter("a", a).setParameter("b", b).getResultList();
        Set<Long> members = new java.util.TreeSet<>();
        touched.forEach(r -> members.add(((Number) r[1]).longValue()));
        aboutPosts.forEach(m -> members.add(m.longValue()));
        return members;
    }

    /**
     * A notification told once ever for (member, kind, subject), with its one actor; empty when
     * it was told before (the unique index notifications_told_once says so, race-free).
     */
    public Optional<Long> createOnce(long member, NotificationKind kind, long subject, long actor, Instant at) {
        @SuppressWarnings("unchecked")
        List<Number> created = em.createNativeQuery("""
                        INSERT INTO notifications (member_id, kind, subject_id, created_at, latest_at)
                        VALUES (:m, :kind, :subject, :at, :at)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .setParameter("m", member).setParameter("kind", kind.name()).setParameter("subject", subject)
                .setParameter("at", at).getResultList();
        if (created.isEmpty()) {
            return Optional.empty();
        }
        long id = created.get(0).longValue();
        em.createNativeQuery("""
                        INSERT INTO notification_actors (notification_id, actor_id, acted_at) VALUES (:n, :a, :at)""")
                .setParameter("n", id).setParameter("a", actor).setParameter("at", at).executeUpdate();
        return Optional.of(id);
    }

    /** Takes a member being erased out of everyone's notifications (the cascade would leave empty groups). */
    public void forgetActor(long actor) {
        @SuppressWarnings("unchecked")
        List<Number> touched = em.createNativeQuery("""
                        DELETE FROM notification_actors WHERE actor_id = :a RETURNING notification_id""")
                .setParameter("a", actor).getResultList();
        deleteEmpty(touched.stream().map(Number::longValue).toList());
    }

    private void deleteEmpty(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        DELETE FROM notifications n WHERE n.id IN (:ids)
                          AND NOT EXISTS (SELECT 1 FROM notification_actors na WHERE na.notification_id = n.id)""")
                .setParameter("ids", Set.copyOf(ids)).executeUpdate();
    }

    /** My notifications newest first, after the (latest_at, id) keyset position; none left without visible actors. */
    public List<Row> page(long me, Instant beforeAt, long beforeId, int limit) {
        return select(me, "(n.latest_at, n.id) < (:at, :id)", limit, beforeAt, beforeId);
    }

    /** One of my notifications, as listed. */
    public Optional<Row> find(long me, long id) {
        return select(me, "n.id = :id AND CAST(:at AS timestamptz) IS NOT NULL", 1, Instant.EPOCH, id).stream()
                .findFirst();
    }

    private List<Row> select(long me, String position, int limit, Instant at, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT n.id, n.kind, n.post_id, n.detail, n.created_at, n.latest_at, n.read_at IS NOT NULL,
                               (SELECT count(*) FROM notification_actors na
                                WHERE na.notification_id = n.id AND %1$s),
                               left(coalesce(p.text, s.text, p.career_title), 140)
                        FROM notifications n
                        LEFT JOIN posts p ON p.id = n.post_id
                        LEFT JOIN posts s ON s.id = p.reshared_post_id
                        WHERE n.member_id = :me AND %3$s
                          AND (p.id IS NULL OR %2$s)
                          AND EXISTS (SELECT 1 FROM notification_actors na WHERE na.notification_id = n.id AND %1$s)
                        ORDER BY n.latest_at DESC, n.id DESC LIMIT :limit""".formatted(VISIBLE_ACTOR,
                        BlockRule.neitherBlocked("p.author_id"), position))
                .setParameter("me", me).setParameter("at", at).setParameter("id", id)
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(Row::of).toList();
    }

    /** Whether the notification is mine (whatever its state). */
    public boolean owned(long me, long id) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM notifications WHERE id = :id AND member_id = :me")
                .setParameter("id", id).setParameter("me", me).getSingleResult()).longValue() > 0;
    }

    /** The newest visible actors of each notification (at most {@code each}), newest first. */
    public Map<Long, List<ProfileSummary>> actors(long me, Collection<Long> ids, int each) {
        Map<Long, List<ProfileSummary>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT x.notification_id, m.id, m.handle, m.display_name, m.headline, m.current_title,
                               m.current_company, m.location
                        FROM (SELECT na.notification_id, na.actor_id, row_number() OVER (
                                  PARTITION BY na.notification_id ORDER BY na.acted_at DESC, na.actor_id DESC) AS rn
                              FROM notification_actors na WHERE na.notification_id IN (:ids) AND %s) x
                        JOIN members m ON m.id = x.actor_id
                        WHERE x.rn <= :each ORDER BY x.notification_id, x.rn""".formatted(VISIBLE_ACTOR))
                .setParameter("ids", Set.copyOf(ids)).setParameter("me", me).setParameter("each", each)
                .getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(ProfileSummary.fromRow(r, 1));
        }
        return out;
    }

    /** Marks one of mine read; false when it is not mine. */
    public boolean markRead(long me, long id, Instant at) {
        return em.createNativeQuery("""
                        UPDATE notifications SET read_at = coalesce(read_at, :at) WHERE id = :id AND member_id = :me""")
                .setParameter("at", at).setParameter("id", id).setParameter("me", me).executeUpdate() > 0;
    }

    public int markAllRead(long me, Instant at) {
        return em.createNativeQuery("UPDATE notifications SET read_at = :at WHERE member_id = :me AND read_at IS NULL")
                .setParameter("at", at).setParameter("me", me).executeUpdate();
    }

    public int unread(long me) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT unread FROM notification_counters WHERE member_id = :me")
                .setParameter("me", me).getResultList();
        return rows.isEmpty() ? 0 : rows.get(0).intValue();
    }

    public boolean enabled(long member, NotificationKind kind) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM notification_muted_kinds WHERE member_id = :m AND kind = :kind""")
                .setParameter("m", member).setParameter("kind", kind.name()).getSingleResult()).longValue() == 0;
    }

    public Set<NotificationKind> muted(long member) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT kind FROM notification_muted_kinds WHERE member_id = :m")
                .setParameter("m", member).getResultList();
        EnumSet<NotificationKind> out = EnumSet.noneOf(NotificationKind.class);
        rows.forEach(k -> out.add(NotificationKind.valueOf(k)));
        return out;
    }

    public void setEnabled(long member, NotificationKind kind, boolean enabled) {
        String sql = enabled ? "DELETE FROM notification_muted_kinds WHERE member_id = :m AND kind = :kind"
                : "INSERT INTO notification_muted_kinds (member_id, kind) VALUES (:m, :kind) ON CONFLICT DO NOTHING";
        em.createNativeQuery(sql).setParameter("m", member).setParameter("kind", kind.name()).executeUpdate();
    }

    /** My chosen career-update tags: (id, name), by name. */
    public List<Object[]> careerTags(long member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.id, t.name FROM notification_career_tags c JOIN tags t ON t.id = c.tag_id
                        WHERE c.member_id = :m AND t.owner_id = :m ORDER BY lower(t.name), t.id""")
                .setParameter("m", member).getResultList();
        return rows;
    }

    /** Of these tag ids, the ones I own. */
    public Set<Long> ownTags(long member, Collection<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT id FROM tags WHERE owner_id = :m AND id IN (:ids)")
                .setParameter("m", member).setParameter("ids", Set.copyOf(tagIds)).getResultList();
        return Set.copyOf(rows.stream().map(Number::longValue).toList());
    }

    public void replaceCareerTags(long member, Collection<Long> tagIds) {
        em.createNativeQuery("DELETE FROM notification_career_tags WHERE member_id = :m")
                .setParameter("m", member).executeUpdate();
        for (long tag : Set.copyOf(tagIds)) {
            em.createNativeQuery("INSERT INTO notification_career_tags (member_id, tag_id) VALUES (:m, :t)")
                    .setParameter("m", member).setParameter("t", tag).executeUpdate();
        }
    }

    /**
     * Who is told about a comment on this post besides its author: the other members who
     * commented on it and can still see it, neither blocked with the commenter, with the kind
     * on; the most recent {@code cap} of them.
     */
    public List<Long> otherCommenters(long postId, long actor, long author, int cap) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                        SELECT c.author_id FROM comments c JOIN posts p ON p.id = c.post_id
                        WHERE c.post_id = :post AND c.author_id <> :actor AND c.author_id <> :author
                          AND (p.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM connections k
                               WHERE k.member_a_id = least(p.author_id, c.author_id)
                                 AND k.member_b_id = greatest(p.author_id, c.author_id)))
                          AND NOT EXISTS (SELECT 1 FROM blocks b WHERE (b.blocker_id = c.author_id AND b.blocked_id = :actor)
                                                                    OR (b.blocker_id = :actor AND b.blocked_id = c.author_id)
                                                                    OR (b.blocker_id = c.author_id AND b.blocked_id = :author)
                                                                    OR (b.blocker_id = :author AND b.blocked_id = c.author_id))
                          AND NOT EXISTS (SELECT 1 FROM notification_muted_kinds mk
                                          WHERE mk.member_id = c.author_id AND mk.kind = 'THREAD_COMMENTED')
                        GROUP BY c.author_id ORDER BY max(c.created_at) DESC LIMIT :cap""")
                .setParameter("post", postId).setParameter("actor", actor).setParameter("author", author)
                .setParameter("cap", cap).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** The members who chose a tag this member is under for career updates, neither blocked with them, kind on. */
    public List<Long> careerWatchers(long member) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                        SELECT DISTINCT tm.owner_id FROM tagged_members tm
                        JOIN notification_career_tags c ON c.tag_id = tm.tag_id AND c.member_id = tm.owner_id
                        WHERE tm.member_id = :m AND tm.owner_id <> :m
                          AND NOT EXISTS (SELECT 1 FROM blocks b WHERE (b.blocker_id = tm.owner_id AND b.blocked_id = :m)
                                                                    OR (b.blocker_id = :m AND b.blocked_id = tm.owner_id))
                          AND NOT EXISTS (SELECT 1 FROM notification_muted_kinds mk
                                          WHERE mk.member_id = tm.owner_id AND mk.kind = 'CAREER_UPDATE')""")
                .setParameter("m", member).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** A notification row as listed. */
    public record Row(long id, NotificationKind kind, Long postId, String detail, Instant createdAt, Instant latestAt,
                      boolean read, int actorCount, String postExcerpt) {

        static Row of(Object[] r) {
            return new Row(((Number) r[0]).longValue(), NotificationKind.valueOf((String) r[1]),
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], instant(r[4]), instant(r[5]),
                    (Boolean) r[6], ((Number) r[7]).intValue(), (String) r[8]);
        }

        private static Instant instant(Object v) {
            return app.rapport.network.NetworkRows.instant(v);
        }
    }
}
