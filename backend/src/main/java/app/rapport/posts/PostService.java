package app.rapport.posts;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.replica.ReadReplica;
import app.rapport.privacy.BlockRule;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Posts: publish, edit within the window, delete, like, reshare, comment, and a member's activity. */
@ApplicationScoped
public class PostService {

    /** The far end of a newest-first keyset: a first page starts "before" this position. */
    public static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final PostRepository posts;
    private final CommentRepository comments;
    private final PostViews views;
    private final MemberRepository members;
    private final PostsConfig config;
    private final Event<PostInteracted> interacted;
    private final Event<PostActivity> activity;

    public PostService(PostRepository posts, CommentRepository comments, PostViews views, MemberRepository members,
                       PostsConfig config, Event<PostInteracted> interacted, Event<PostActivity> activity) {
        this.members = members;
        this.interacted = interacted;
        this.activity = activity;
        this.posts = posts;
        this.comments = comments;
        this.views = views;
        this.config = config;
    }

    @Transactional
    public PostResponse create(long me, CreatePostRequest request) {
        String link = checkLink(request.linkUrl());
        Post p = new Post();
        p.authorId = me;
        p.kind = Post.Kind.POST;
        p.visibility = request.visibility() == null ? Post.Visibility.PUBLIC : request.visibility();
        p.text = request.text().strip();
        p.linkUrl = link;
        p.createdAt = now();
        posts.persist(p);
        return views.render(me, p);
    }

    @Transactional
    @ReadReplica
    public PostResponse get(long me, long postId) {
        return views.render(me, visible(me, postId));
    }

    @Transactional
    public PostResponse update(long me, long postId, UpdatePostRequest request) {
        Post p = posts.findByIdAndOwner(postId, me).orElseThrow(() -> notYours(postId));
        if (p.kind != Post.Kind.POST) {
            throw ProblemException.refused("NOT_EDITABLE", "Only your own text posts can be edited; delete a reshare or career update instead.");
        }
        if (Instant.now().isAfter(views.editableUntil(p))) {
            throw ProblemException.conflict("EDIT_WINDOW_CLOSED", "A post can be edited for "
                    + config.editWindow().toMinutes() + " minutes after publishing; this one no longer can.");
        }
        p.text = request.text().strip();
        if (request.linkUrl() != null) {
            p.linkUrl = request.linkUrl().isBlank() ? null : checkLink(request.linkUrl());
        }
        p.editedAt = now();
        return views.render(me, p);
    }

    @Transactional
    public void delete(long me, long postId) {
        Post p = posts.findByIdAndOwner(postId, me).orElseThrow(() -> notYours(postId));
        Long original = p.resharedPostId;
        if (original != null) {
            posts.bump(original, "reshare_count", -1);
        }
        posts.delete(p);
        if (original != null) {
            posts.findByIdOptional(original).ifPresent(o -> activity.fire(new PostActivity(PostActivity.Act.RESHARE_DELETED,
                    me, o.id, o.authorId, now(), posts.hasReshareBy(o.id, me))));
        }
    }

    /** Idempotent: liking twice leaves one like and answers the current state. */
    @Transactional
    public PostResponse like(long me, long postId) {
        Post p = visible(me, postId);
        Instant at = now();
        if (posts.like(postId, me, at)) {
            posts.getEntityManager().refresh(p);
            if (p.authorId != me) {
                interacted.fire(new PostInteracted(me, p.authorId, PostInteracted.Kind.LIKE, at));
            }
            activity.fire(new PostActivity(PostActivity.Act.LIKED, me, p.id, p.authorId, at, true));
        }
        return views.render(me, p);
    }

    @Transactional
    public PostResponse unlike(long me, long postId) {
        Post p = visible(me, postId);
        if (posts.unlike(postId, me)) {
            posts.getEntityManager().refresh(p);
            activity.fire(new PostActivity(PostActivity.Act.UNLIKED, me, p.id, p.authorId, now(), false));
        }
        return views.render(me, p);
    }

    @Transactional
    public PostResponse reshare(long me, long postId, ResharePostRequest request) {
        Post target = visible(me, postId);
        // Resharing a reshare shares its original.
        Post original = target.resharedPostId == null ? target
                : posts.findVisible(target.resharedPostId, me).orElseThrow(() -> notFound(postId));
        if (original.visibility != Post.Visibility.PUBLIC) {
            throw ProblemException.refused("NOT_RESHARABLE",
                    "This post is shared with the author's connections only, so it cannot be reshared.");
        }
        Post p = new Post();
        p.authorId = me;
        p.kind = Post.Kind.RESHARE;
        p.visibility = request == null || request.visibility() == null ? Post.Visibility.PUBLIC : request.visibility();
        p.text = request == null || request.text() == null || request.text().isBlank() ? null : request.text().strip();
        p.resharedPostId = original.id;
        p.createdAt = now();
        posts.persist(p);
        posts.bump(original.id, "reshare_count", 1);
        posts.getEntityManager().flush();
        posts.getEntityManager().refresh(original);
        activity.fire(new PostActivity(PostActivity.Act.RESHARED, me, original.id, original.authorId, p.createdAt, true));
        return views.render(me, p);
    }

    @Transactional
    @ReadReplica
    public Page<CommentResponse> comments(long me, long postId, PageRequest page) {
        visible(me, postId);
        Instant afterTs = Instant.EPOCH;
        long afterId = 0;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterTs = Cursor.decodeInstant(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        List<Comment> rows = comments.page(postId, me, afterTs, afterId, page.limit() + 1);
        Page<Comment> cut = Page.fromOverfetch(rows, page.limit(), c -> Cursor.encode(c.createdAt, c.id));
        Map<Long, ProfileSummary> authors = views.summaries(
                cut.items().stream().map(c -> c.authorId).collect(Collectors.toSet()));
        return cut.map(c -> toResponse(c, authors.get(c.authorId)));
    }

    @Transactional
    public CommentResponse addComment(long me, long postId, CreateCommentRequest request) {
        Post post = visible(me, postId);
        Comment c = new Comment();
        c.postId = postId;
        c.authorId = me;
        c.text = request.text().strip();
        c.createdAt = now();
        comments.persist(c);
        posts.bump(postId, "comment_count", 1);
        if (post.authorId != me) {
            interacted.fire(new PostInteracted(me, post.authorId, PostInteracted.Kind.COMMENT, c.createdAt));
        }
        activity.fire(new PostActivity(PostActivity.Act.COMMENTED, me, postId, post.authorId, c.createdAt, true));
        return toResponse(c, views.summaries(Set.of(me)).get(me));
    }

    @Transactional
    public void deleteComment(long me, long postId, long commentId) {
        Comment c = comments.findByIdAndAuthor(commentId, postId, me)
                .orElseThrow(() -> ProblemException.notFound("You have no comment with id " + commentId + " on post " + postId + "."));
        comments.delete(c);
        posts.bump(postId, "comment_count", -1);
        comments.flush();
        posts.findByIdOptional(postId).ifPresent(p -> activity.fire(new PostActivity(PostActivity.Act.COMMENT_DELETED,
                me, postId, p.authorId, now(), comments.hasCommentBy(postId, me))));
    }

    /**
     * A member's own activity (posts, reshares, career updates) as the viewer may see it; none
     * across a block. No transaction, like the feeds: three statements in autocommit.
     */
    @ReadReplica
    public Page<PostResponse> memberPosts(long me, String handle, PageRequest page) {
        long author = members.idByHandle(handle, me).orElseThrow(() -> BlockRule.memberNotFound(handle));
        Instant beforeTs = END_OF_TIME;
        long beforeId = Long.MAX_VALUE;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            beforeTs = Cursor.decodeInstant(parts.get(0));
            beforeId = Cursor.decodeLong(parts.get(1));
        }
        List<Object[]> rows = posts.authorPage(author, me, beforeTs, beforeId, page.limit() + 1);
        Page<Object[]> cut = Page.fromOverfetch(rows, page.limit(),
                r -> Cursor.encode(Timestamps.toInstant(r[1]), ((Number) r[0]).longValue()));
        List<Long> ids = cut.items().stream().map(r -> ((Number) r[0]).longValue()).toList();
        return new Page<>(views.renderList(me, ids), cut.nextCursor());
    }

    /** Publishes a career update (called when a member announces a change; see CareerUpdates). */
    @Transactional
    public void publishCareerUpdate(long memberId, Post.CareerChange change, String title, String company) {
        Post p = new Post();
        p.authorId = memberId;
        p.kind = Post.Kind.CAREER_UPDATE;
        p.visibility = Post.Visibility.PUBLIC;
        p.careerChange = change;
        p.careerTitle = title;
        p.careerCompany = company;
        p.createdAt = now();
        posts.persist(p);
    }

    private Post visible(long me, long postId) {
        return posts.findVisible(postId, me).orElseThrow(() -> notFound(postId));
    }

    private static CommentResponse toResponse(Comment c, ProfileSummary author) {
        return new CommentResponse(c.id, c.postId, author, c.text, c.createdAt);
    }

    private static String checkLink(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        if (!PostRules.isValidLink(trimmed)) {
            throw ProblemException.invalidField("linkUrl", "must be an http or https URL");
        }
        return trimmed;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound(long postId) {
        return ProblemException.notFound("There is no post with id " + postId + " that you can see.");
    }

    private static ProblemException notYours(long postId) {
        return ProblemException.notFound("You have no post with id " + postId + ".");
    }
}
