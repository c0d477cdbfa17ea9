package app.rapport.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A post, a reshare or a career update: one row each, so every feed reads one stream. */
@Entity
@Table(name = "posts")
public class Post {

    /** What a post is. */
    public enum Kind { POST, RESHARE, CAREER_UPDATE }

    /** Who may see a post: anyone, or the author's connections only. */
    public enum Visibility { PUBLIC, CONNECTIONS }

    /** The kind of career change a CAREER_UPDATE announces. */
    public enum CareerChange { NEW_POSITION, PROMOTION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "author_id", nullable = false)
    public Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Visibility visibility;

    @Column(length = 3000)
    public String text;

    @Column(name = "link_url", length = 2048)
    public String linkUrl;

    @Column(name = "reshared_post_id")
    public Long resharedPostId;

    @Enumerated(EnumType.STRING)
    @Column(name = "career_change", length = 20)
    public CareerChange careerChange;

    @Column(name = "career_title", length = 100)
    public String careerTitle;

    @Column(name = "career_company", length = 100)
    public String careerCompany;

    @Column(name = "like_count", nullable = false)
    public int likeCount;

    @Column(name = "comment_count", nullable = false)
    public int commentCount;

    @Column(name = "reshare_count", nullable = false)
    public int reshareCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "edited_at")
    public Instant editedAt;
}
