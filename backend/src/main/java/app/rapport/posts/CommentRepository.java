package app.rapport.posts;

import app.rapport.privacy.BlockRule;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on comments. */
@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /**
     * Oldest first (a conversation reads top-down), after the (createdAt, id) keyset position,
     * without the comments of members blocked either way with {@code me}: on a third person's
     * post neither sees the other's comments (nor their name), and both may keep commenting.
     */
    @SuppressWarnings("unchecked")
    public List<Comment> page(long postId, long me, Instant afterTs, long afterId, int limit) {
        return getEntityManager().createNativeQuery("SELECT c.* FROM comments c WHERE c.post_id = :post"
                        + " AND (c.created_at, c.id) > (:ts, :id) AND " + BlockRule.neitherBlocked("c.author_id")
                        + " ORDER BY c.created_at, c.id LIMIT :limit", Comment.class)
                .setParameter("post", postId).setParameter("me", me).setParameter("ts", afterTs)
                .setParameter("id", afterId).setParameter("limit", limit).getResultList();
    }

    public Optional<Comment> findByIdAndAuthor(long id, long postId, long me) {
        return find("id = ?1 and postId = ?2 and authorId = ?3", id, postId, me).firstResultOptional();
    }

    /** Whether the member has a comment on the post. */
    public boolean hasCommentBy(long postId, long member) {
        return count("postId = ?1 and authorId = ?2", postId, member) > 0;
    }
}
