package app.rapport.posts;

import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns post ids into {@link PostResponse}s for one viewer with one query whatever the page
 * size (posts, originals, authors, the viewer's likes; see PostRepository.VIEW_ROWS).
 */
@ApplicationScoped
public class PostViews {

    private final PostRepository posts;
    private final MemberRepository members;
    private final PostsConfig config;

    public PostViews(PostRepository posts, MemberRepository members, PostsConfig config) {
        this.posts = posts;
        this.members = members;
        this.config = config;
    }

    /**
     * Renders the posts in the order of {@code ids}; ids that vanished meanwhile are skipped.
     * One read-only statement (posts, originals, authors, the viewer's likes), no entities loaded.
     */
    public Map<Long, PostResponse> render(long viewer, List<Long> ids) {
        Map<Long, Post> byId = new HashMap<>();
        Map<Long, ProfileSummary> authors = new HashMap<>();
        Set<Long> liked = new HashSet<>();
        for (Object[] r : posts.viewRows(viewer, new HashSet<>(ids))) {
            Post p = post(r);
            byId.put(p.id, p);
            authors.putIfAbsent(p.authorId, ProfileSummary.fromRow(r, 14));
            if ((Boolean) r[21]) {
                liked.add(p.id);
            }
        }
        Map<Long, PostResponse> out = new LinkedHashMap<>();
        for (Long id : ids) {
            Post p = byId.get(id);
            if (p != null) {
                out.put(id, toResponse(viewer, p, byId, authors, liked, true));
            }
        }
        return out;
    }

    /** Renders one post, first writing out pending changes to it (the read is a SQL statement). */
    public PostResponse render(long viewer, Post post) {
        posts.getEntityManager().flush();
        return render(viewer, List.of(post.id)).get(post.id);
    }

    public List<PostResponse> renderList(long viewer, List<Long> ids) {
        return new ArrayList<>(render(viewer, ids).values());
    }

    public Instant editableUntil(Post p) {
        return p.createdAt.plus(config.editWindow());
    }

    private PostResponse toResponse(long viewer, Post p, Map<Long, Post> byId, Map<Long, ProfileSummary> authors,
                                    Set<Long> liked, boolean withOriginal) {
        PostResponse original = null;
        if (withOriginal && p.resharedPostId != null && byId.containsKey(p.resharedPostId)) {
            original = toResponse(viewer, byId.get(p.resharedPostId), byId, authors, liked, false);
        }
        Instant until = null;
        if (p.authorId == viewer && p.kind == Post.Kind.POST) {
            Instant limit = editableUntil(p);
            until = Instant.now().isBefore(limit) ? limit : null;
        }
        return new PostResponse(p.id, p.kind, authors.get(p.authorId), p.text, p.linkUrl, p.visibility, original,
                CareerUpdate.of(p), p.likeCount, p.commentCount, p.reshareCount, liked.contains(p.id), p.createdAt,
                p.editedAt, until);
    }

    /** Summaries of members by id (for comment authors and feed attributions). */
    public Map<Long, ProfileSummary> summaries(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProfileSummary> out = new HashMap<>();
        members.summaryRows(ids).forEach(r -> out.put(((Number) r[0]).longValue(), ProfileSummary.fromRow(r, 0)));
        return out;
    }

    /** A detached Post from a {@link PostRepository#VIEW_ROWS} row (never persisted). */
    private static Post post(Object[] r) {
        Post p = new Post();
        p.id = ((Number) r[0]).longValue();
        p.kind = Post.Kind.valueOf((String) r[1]);
        p.visibility = Post.Visibility.valueOf((String) r[2]);
        p.text = (String) r[3];
        p.linkUrl = (String) r[4];
        p.resharedPostId = r[5] == null ? null : ((Number) r[5]).longValue();
        p.careerChange = r[6] == null ? null : Post.CareerChange.valueOf((String) r[6]);
        p.careerTitle = (String) r[7];
        p.careerCompany = (String) r[8];
        p.likeCount = ((Number) r[9]).intValue();
        p.commentCount = ((Number) r[10]).intValue();
        p.reshareCount = ((Number) r[11]).intValue();
        p.createdAt = Timestamps.toInstant(r[12]);
        p.editedAt = r[13] == null ? null : Timestamps.toInstant(r[13]);
        p.authorId = ((Number) r[14]).longValue();
        return p;
    }
}
