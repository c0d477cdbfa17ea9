package app.rapport.posts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on comments. */
@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /** Oldest first (a conversation reads top-down), after the (createdAt, id) keyset position. */
    public List<Comment> page(long postId, Instant afterTs, long afterId, int limit) {
        return find("postId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                postId, afterTs, afterId).page(0, limit).list();
    }

    public Optional<Comment> findByIdAndAuthor(long id, long postId, long me) {
        return find("id = ?1 and postId = ?2 and authorId = ?3", id, postId, me).firstResultOptional();
    }
}
