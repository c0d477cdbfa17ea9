package app.rapport.posts;

import app.rapport.common.MemberErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Account deletion, posts' part: the member's likes, comments and reshares go with the member
 * (cascade), so the counts they added to other members' posts are taken back first.
 */
@ApplicationScoped
public class PostErasure implements MemberErasure {

    private final EntityManager em;

    public PostErasure(EntityManager em) {
        this.em = em;
    }

    @Override
    public void beforeDelete(long memberId) {
        em.createNativeQuery("""
                UPDATE posts p SET like_count = p.like_count - 1
                  FROM post_likes l
                 WHERE l.post_id = p.id AND l.member_id = :me AND p.author_id <> :me
                """).setParameter("me", memberId).executeUpdate();
        em.createNativeQuery("""
                UPDATE posts p SET comment_count = p.comment_count - c.n
                  FROM (SELECT post_id, count(*) AS n FROM comments WHERE author_id = :me GROUP BY post_id) c
                 WHERE c.post_id = p.id AND p.author_id <> :me
                """).setParameter("me", memberId).executeUpdate();
        em.createNativeQuery("""
                UPDATE posts p SET reshare_count = p.reshare_count - r.n
                  FROM (SELECT reshared_post_id, count(*) AS n FROM posts
                         WHERE author_id = :me AND reshared_post_id IS NOT NULL GROUP BY reshared_post_id) r
                 WHERE r.reshared_post_id = p.id AND p.author_id <> :me
                """).setParameter("me", memberId).executeUpdate();
    }
}
