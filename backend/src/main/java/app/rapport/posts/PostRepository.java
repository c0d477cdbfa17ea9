package app.rapport.posts;

import app.rapport.common.SqlRows;
import app.rapport.privacy.BlockRule;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on posts and likes. */
@ApplicationScoped
public class PostRepository implements PanacheRepository<Post> {

    private final SqlRows sql;

    public PostRepository(SqlRows sql) {
        this.sql = sql;
    }

    /** SQL: may :me see post p? Public, their own, or the author is a connection (one PK probe). */
    public static final String VISIBLE_TO_ME = "(p.visibility = 'PUBLIC' OR p.author_id = :me OR EXISTS ("
            + "SELECT 1 FROM connections c WHERE c.member_a_id = least(p.author_id, :me) "
            + "AND c.member_b_id = greatest(p.author_id, :me)))";

    /** An author's posts visible to :me, newest first, before the (created_at, id) keyset position. */
    public static final String AUTHOR_PAGE = "SELECT p.id, p.created_at FROM posts p WHERE p.author_id = :author"
            + " AND (p.created_at, p.id) < (:ts, :id) AND " + VISIBLE_TO_ME
            + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit";

    /** The post if :me may see it: visible to them, and its author and :me have not blocked each other. */
    public Optional<Post> findVisible(long id, long me) {
        @SuppressWarnings("unchecked")
        List<Post> rows = getEntityManager()
                .createNativeQuery("SELECT p.* FROM posts p WHERE p.id = :id AND " + VISIBLE_TO_ME + " AND "
                        + BlockRule.neitherBlocked("p.author_id"), Post.class)
                .setParameter("id", id).setParameter("me", me).getResultList();
        return rows.stream().findFirst();
    }

    public Optional<Post> findByIdAndOwner(long id, long me) {
        return find("id = ?1 and authorId = ?2", id, me).firstResultOptional();
    }

    /**
     * The posts with these ids and the originals they reshare, each with its author's summary
     * and whether :me liked it: everything a page of posts shows, in one statement.
     * Columns: the post (0-13), the author summary (14-20), liked by :me (21). The comment
     * count leaves out comments :me cannot see (their authors and :me are blocked either way):
     * one probe per member in that set, which is almost always empty. "OFFSET 0" keeps "liked by
     * :me" a primary-key probe per post: without it PostgreSQL hashes every like of :me first
     * (measured on the benchmark dataset, a member with 1,366 likes and a page of 21 posts:
     * 1,139 buffers and 1.7 ms, against 276 buffers and 0.5 ms). The ids are one array
     * parameter: the statement text is the same whatever the page size, so PostgreSQL keeps one
     * prepared statement for it (an IN list made a new statement text per page size).
     */
    static final String VIEW_ROWS = """
            SELECT p.id, p.kind, p.visibility, p.text, p.link_url, p.reshared_post_id, p.career_change,
                   p.career_title, p.career_company, p.like_count,
                   p.comment_count - (SELECT count(*) FROM comments hc WHERE hc.post_id = p.id
                                      AND hc.author_id IN (%s)),
                   p.reshare_count,
                   p.created_at, p.edited_at,
                   m.id, m.handle, m.display_name, m.headline, m.current_title, m.current_company, m.location,
                   EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.member_id = :me OFFSET 0)
            FROM (SELECT id FROM posts WHERE id = ANY(:ids)
                  UNION
                  SELECT r.reshared_post_id FROM posts r JOIN posts o ON o.id = r.reshared_post_id
                  WHERE r.id = ANY(:ids)
                    AND %s) v
            JOIN posts p ON p.id = v.id
            JOIN members m ON m.id = p.author_id""".formatted(BlockRule.BLOCKED_EITHER_WAY,
            BlockRule.neitherBlocked("o.author_id"));

    public List<Object[]> viewRows(long me, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list(VIEW_ROWS, Map.of("me", me, "ids", ids.toArray(Long[]::new)));
    }

    /** Likes once; true when this call added the like (and bumped the count). */
    public boolean like(long postId, long me, Instant at) {
        int added = getEntityManager().createNativeQuery(
                        "INSERT INTO post_likes (post_id, member_id, created_at) VALUES (:post, :me, :at) ON CONFLICT DO NOTHING")
                .setParameter("post", postId).setParameter("me", me).setParameter("at", at).executeUpdate();
        if (added > 0) {
            bump(postId, "like_count", 1);
        }
        return added > 0;
    }

    public boolean unlike(long postId, long me) {
        int removed = getEntityManager()
                .createNativeQuery("DELETE FROM post_likes WHERE post_id = :post AND member_id = :me")
                .setParameter("post", postId).setParameter("me", me).executeUpdate();
        if (removed > 0) {
            bump(postId, "like_count", -1);
        }
        return removed > 0;
    }

    /** Whether the member has a reshare of the post. */
    public boolean hasReshareBy(long postId, long member) {
        return count("resharedPostId = ?1 and authorId = ?2", postId, member) > 0;
    }

    /** Atomic counter change (column is one of ours, never user input). */
    public void bump(long postId, String column, int delta) {
        getEntityManager().createNativeQuery(
                        "UPDATE posts SET " + column + " = greatest(" + column + " + :d, 0) WHERE id = :id")
                .setParameter("d", delta).setParameter("id", postId).executeUpdate();
    }

    /** Ids of an author's posts visible to :me, newest first, after the (createdAt, id) keyset position. */
    public List<Object[]> authorPage(long authorId, long me, Instant beforeTs, long beforeId, int limit) {
        return sql.list(AUTHOR_PAGE, Map.of("author", authorId, "me", me, "ts", beforeTs, "id", beforeId, "limit", limit));
    }
}
