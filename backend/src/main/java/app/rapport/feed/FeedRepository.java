package app.rapport.feed;

import app.rapport.common.SqlRows;
import app.rapport.privacy.BlockRule;
import app.rapport.posts.PostRepository;
import app.rapport.posts.Timestamps;
import app.rapport.tags.TagSelection;
import app.rapport.tags.TagView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The feed queries. Every stream answers rows (post id, event time, actor) newest first,
 * strictly before the (time, id) keyset position, at most {@code limit} rows. Each has two
 * plans with identical results (see {@link FeedPlan}); the service picks one per request.
 */
@ApplicationScoped
public class FeedRepository {

    /** One row of a feed stream; {@code actor} is the liking connection for "liked by" rows. */
    public record Row(long postId, Instant at, Long actor) {
    }

    private static final String VISIBLE = PostRepository.VISIBLE_TO_ME;
    /** Likes read per connection-stream row wanted, before the lazy conditions (see LIKED_PER_AUTHOR). */
    static final int CANDIDATES = 4;

    // --- home feed, posts of me + people I follow -------------------------------------------------

    /**
     * Per author, in two steps, so that each author's index is read only as far as the page can
     * reach. First the newest visible post of every author: the :limit-th newest of those is a
     * horizon no post of the page can be older than (at least :limit posts are that new), or
     * there is none when fewer than :limit authors have a post. Then each author's posts from the
     * horizon on, merged. Measured on the benchmark dataset (typical member, 55 authors,
     * prepared): 1.5-2.3 ms when every author's index gave :limit rows, 0.8 ms with the horizon.
     */
    static final String HOME_PER_AUTHOR = """
            WITH a AS MATERIALIZED (
                SELECT CAST(:me AS bigint) AS author_id
                UNION ALL
                SELECT f.followee_id FROM follows f WHERE f.follower_id = :me
            ), h AS (
                SELECT CASE WHEN count(*) < :limit THEN '-infinity' ELSE min(n.created_at) END AS horizon FROM (
                    SELECT x.created_at FROM a CROSS JOIN LATERAL (
                        SELECT p.created_at FROM posts p
                        WHERE p.author_id = a.author_id AND (p.created_at, p.id) < (:ts, :id) AND %1$s
                        ORDER BY p.created_at DESC, p.id DESC LIMIT 1
                    ) x
                    ORDER BY x.created_at DESC LIMIT :limit
                ) n
            )
            SELECT x.id, x.created_at FROM a CROSS JOIN h
            CROSS JOIN LATERAL (
                SELECT p.id, p.created_at FROM posts p
                WHERE p.author_id = a.author_id AND (p.created_at, p.id) < (:ts, :id) AND p.created_at >= h.horizon
                  AND %1$s
                ORDER BY p.created_at DESC, p.id DESC LIMIT :limit
            ) x
            ORDER BY x.created_at DESC, x.id DESC LIMIT :limit""".formatted(VISIBLE);

    /*
     * In the newest-first plans, "OFFSET 0" keeps the membership test a correlated primary-key
     * probe walking the ordered index: without it PostgreSQL turns the EXISTS into a hash join
     * over all likes (measured: 1 s instead of a few ms for the 30k-connection member).
     */
    static final String HOME_NEWEST_FIRST = """
            SELECT p.id, p.created_at FROM posts p
            WHERE (p.created_at, p.id) < (:ts, :id)
              AND (p.author_id = :me OR EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :me AND f.followee_id = p.author_id OFFSET 0))
              AND %s
            ORDER BY p.created_at DESC, p.id DESC LIMIT :limit""".formatted(VISIBLE);

    // --- home feed, posts liked by my connections (first such like only; authors I follow excluded) ---

    /**
     * Conditions on like {@code like} of post p: a post from outside my author set, visible, not
     * by someone blocked either way (a block severs follows, not a third person's likes), first
     * liked by a connection.
     */
    private static String likeCounts(String like) {
        return """
                p.author_id <> :me
                AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :me AND f.followee_id = p.author_id)
                AND %2$s
                AND %3$s
                AND NOT EXISTS (SELECT 1 FROM post_likes l2 WHERE l2.post_id = %1$s.post_id
                    AND (l2.created_at, l2.member_id) < (%1$s.created_at, %1$s.member_id)
                    AND EXISTS (SELECT 1 FROM connections c2 WHERE c2.member_a_id = least(l2.member_id, :me)
                                AND c2.member_b_id = greatest(l2.member_id, :me)))""".formatted(like, VISIBLE,
                BlockRule.neitherBlocked("p.author_id"));
    }

    /** My connections' ids (member_id), from both sides of the pair index: the per-connection plans start here. */
    private static final String MY_CONNECTIONS = "SELECT c.member_b_id AS member_id FROM connections c WHERE c.member_a_id = :me"
            + " UNION ALL SELECT c.member_a_id FROM connections c WHERE c.member_b_id = :me";

    /**
     * Per connection, filtering lazily: the newest CANDIDATES x :limit likes of my connections
     * (index-only, no conditions), newest first, and the conditions checked on them in that order
     * only until :limit pass. Conditions are per like, so the ones that pass are exactly the first
     * of the whole stream; when fewer than :limit pass and the candidates were not all there is
     * ({@code n}, their count, reached the cap), {@link #LIKED_PER_AUTHOR_EXACT} answers instead.
     * Measured on the benchmark dataset (typical member, prepared): 2.3 ms when every candidate
     * was checked, 0.5 ms lazily. "ORDER BY" in the subquery keeps the order known to the planner,
     * so no sort over the checked rows is needed.
     */
    static final String LIKED_PER_AUTHOR = """
            SELECT cand.post_id, cand.created_at, cand.member_id, cand.n FROM (
                SELECT y.post_id, y.created_at, y.member_id, count(*) OVER () AS n FROM (
                    SELECT x.post_id, x.created_at, x.member_id FROM (%3$s) k
                    CROSS JOIN LATERAL (
                        SELECT l.post_id, l.created_at, l.member_id FROM post_likes l
                        WHERE l.member_id = k.member_id AND (l.created_at, l.post_id) < (:ts, :id)
                        ORDER BY l.created_at DESC, l.post_id DESC LIMIT %1$d * :limit
                    ) x
                    ORDER BY x.created_at DESC, x.post_id DESC LIMIT %1$d * :limit
                ) y
                ORDER BY y.created_at DESC, y.post_id DESC
            ) cand JOIN posts p ON p.id = cand.post_id
            WHERE %2$s
            ORDER BY cand.created_at DESC, cand.post_id DESC LIMIT :limit""".formatted(CANDIDATES,
            likeCounts("cand"), MY_CONNECTIONS);

    /** Per connection, every condition checked on each connection's likes before its top-N: exact whatever is filtered. */
    static final String LIKED_PER_AUTHOR_EXACT = """
            SELECT x.post_id, x.created_at, x.member_id FROM (%s) k
            CROSS JOIN LATERAL (
                SELECT l.post_id, l.created_at, l.member_id FROM post_likes l JOIN posts p ON p.id = l.post_id
                WHERE l.member_id = k.member_id AND (l.created_at, l.post_id) < (:ts, :id) AND %s
                ORDER BY l.created_at DESC, l.post_id DESC LIMIT :limit
            ) x
            ORDER BY x.created_at DESC, x.post_id DESC LIMIT :limit""".formatted(MY_CONNECTIONS, likeCounts("l"));

    static final String LIKED_NEWEST_FIRST = """
            SELECT l.post_id, l.created_at, l.member_id FROM post_likes l JOIN posts p ON p.id = l.post_id
            WHERE (l.created_at, l.post_id) < (:ts, :id)
              AND EXISTS (SELECT 1 FROM connections c WHERE c.member_a_id = least(l.member_id, :me)
                          AND c.member_b_id = greatest(l.member_id, :me) OFFSET 0)
              AND %s
            ORDER BY l.created_at DESC, l.post_id DESC LIMIT :limit""".formatted(likeCounts("l"));

    /** Sizes of my author sets, counted only up to :cap so that the count itself stays cheap. */
    static final String HOME_SIZES = """
            SELECT (SELECT count(*) FROM (SELECT 1 FROM follows WHERE follower_id = :me LIMIT :cap) f),
                   (SELECT count(*) FROM ((SELECT 1 FROM connections WHERE member_a_id = :me LIMIT :cap)
                                          UNION ALL (SELECT 1 FROM connections WHERE member_b_id = :me LIMIT :cap)) c)""";

    private final SqlRows sql;

    public FeedRepository(SqlRows sql) {
        this.sql = sql;
    }

    /** [followed count, connection count], each capped at {@code cap}. */
    public long[] homeSizes(long me, int cap) {
        Object[] r = sql.list(HOME_SIZES, Map.of("me", me, "cap", cap)).get(0);
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    public List<Row> homePosts(long me, FeedPlan plan, Instant ts, long id, int limit) {
        return toRows(sql.list(plan == FeedPlan.PER_AUTHOR ? HOME_PER_AUTHOR : HOME_NEWEST_FIRST, page(me, ts, id, limit)),
                false);
    }

    public List<Row> likedByConnections(long me, FeedPlan plan, Instant ts, long id, int limit) {
        Map<String, Object> page = page(me, ts, id, limit);
        if (plan == FeedPlan.NEWEST_FIRST) {
            return toRows(sql.list(LIKED_NEWEST_FIRST, page), true);
        }
        List<Object[]> lazy = sql.list(LIKED_PER_AUTHOR, page);
        if (lazy.size() < limit && (lazy.isEmpty() || ((Number) lazy.get(0)[3]).longValue() >= (long) CANDIDATES * limit)) {
            return toRows(sql.list(LIKED_PER_AUTHOR_EXACT, page), true);
        }
        return toRows(lazy, true);
    }

    // --- tag feed: posts of the contacts under the selected tags ----------------------------------

    /**
     * SQL: the member in {@code column} is still my contact (I follow them or we are connected).
     * Tags outlive unfollows (a block removes them), so the tag feed checks this instead of trusting them.
     * "OFFSET 0" keeps each test a primary-key probe: without it PostgreSQL hashes all of my
     * follows first (30,000 for the heavy member: tag feed ANY of 3 went from ~1 ms to 11 ms).
     */
    static String contact(String column) {
        return ("(EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :me AND f.followee_id = %1$s OFFSET 0)"
                + " OR EXISTS (SELECT 1 FROM connections c WHERE c.member_a_id = least(%1$s, :me)"
                + " AND c.member_b_id = greatest(%1$s, :me) OFFSET 0))").formatted(column);
    }

    /** The author set of a selection, as SQL (per-author plan). */
    static String tagAuthors(TagSelection s) {
        String exclude = s.excludedTagIds().isEmpty() ? ""
                : " AND NOT EXISTS (SELECT 1 FROM tagged_members e WHERE e.tag_id IN (:ex) AND e.member_id = tm.member_id)";
        String where = " WHERE tm.tag_id IN (:tags) AND " + contact("tm.member_id") + exclude;
        return s.mode() == TagView.Mode.ANY
                ? "SELECT DISTINCT tm.member_id AS author_id FROM tagged_members tm" + where
                : "SELECT tm.member_id AS author_id FROM tagged_members tm" + where
                  + " GROUP BY tm.member_id HAVING count(*) = :ntags";
    }

    /** Membership of author p.author_id in a selection, as SQL (newest-first plan). */
    static String tagFilter(TagSelection s) {
        String include = s.mode() == TagView.Mode.ANY
                ? "EXISTS (SELECT 1 FROM tagged_members tm WHERE tm.tag_id IN (:tags) AND tm.member_id = p.author_id)"
                : "(SELECT count(*) FROM tagged_members tm WHERE tm.tag_id IN (:tags) AND tm.member_id = p.author_id) = :ntags";
        String exclude = s.excludedTagIds().isEmpty() ? ""
                : " AND NOT EXISTS (SELECT 1 FROM tagged_members e WHERE e.tag_id IN (:ex) AND e.member_id = p.author_id)";
        return include + exclude + " AND " + contact("p.author_id");
    }

    static String tagSql(TagSelection s, FeedPlan plan) {
        if (plan == FeedPlan.PER_AUTHOR) {
            return """
                    SELECT x.id, x.created_at FROM (%s) a
                    CROSS JOIN LATERAL (
                        SELECT p.id, p.created_at FROM posts p
                        WHERE p.author_id = a.author_id AND (p.created_at, p.id) < (:ts, :id) AND %s
                        ORDER BY p.created_at DESC, p.id DESC LIMIT :limit
                    ) x
                    ORDER BY x.created_at DESC, x.id DESC LIMIT :limit""".formatted(tagAuthors(s), VISIBLE);
        }
        return """
                SELECT p.id, p.created_at FROM posts p
                WHERE (p.created_at, p.id) < (:ts, :id) AND %s AND %s
                ORDER BY p.created_at DESC, p.id DESC LIMIT :limit""".formatted(tagFilter(s), VISIBLE);
    }

    /**
     * Upper bound of a selection's author count, capped: ANY sums the tags' sizes, ALL takes the
     * smallest tag (exclusions are ignored, which can only overestimate).
     */
    public long tagSize(TagSelection s, int cap) {
        String statement = s.mode() == TagView.Mode.ANY
                ? "SELECT count(*) FROM (SELECT 1 FROM tagged_members WHERE tag_id IN (:tags) LIMIT :cap) x"
                : "SELECT coalesce(min((SELECT count(*) FROM (SELECT 1 FROM tagged_members tm WHERE tm.tag_id = t.id LIMIT :cap) y)), 0)"
                  + " FROM tags t WHERE t.id IN (:tags)";
        return ((Number) sql.list(statement, Map.of("tags", s.tagIds(), "cap", cap)).get(0)[0]).longValue();
    }

    public List<Row> tagPosts(long me, TagSelection s, FeedPlan plan, Instant ts, long id, int limit) {
        if (s.tagIds().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = page(me, ts, id, limit);
        params.put("tags", s.tagIds());
        if (!s.excludedTagIds().isEmpty()) {
            params.put("ex", s.excludedTagIds());
        }
        if (s.mode() == TagView.Mode.ALL) {
            params.put("ntags", (long) s.tagIds().size());
        }
        return toRows(sql.list(tagSql(s, plan), params), false);
    }

    /** The parameters every stream binds: who reads, the keyset position and the page size. */
    private static Map<String, Object> page(long me, Instant ts, long id, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("me", me);
        params.put("ts", ts);
        params.put("id", id);
        params.put("limit", limit);
        return params;
    }

    private static List<Row> toRows(List<Object[]> raw, boolean withActor) {
        List<Row> out = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            out.add(new Row(((Number) r[0]).longValue(), Timestamps.toInstant(r[1]),
                    withActor ? ((Number) r[2]).longValue() : null));
        }
        return out;
    }
}
