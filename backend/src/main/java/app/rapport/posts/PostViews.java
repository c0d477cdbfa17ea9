package app.rapport.posts;

import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns post ids into {@link PostResponse}s for one viewer with a fixed number of queries
 * (posts, originals, authors, the viewer's likes), whatever the page size.
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

    /** Renders the posts in the order of {@code ids}; ids that vanished meanwhile are skipped. */
    public Map<Long, PostResponse> render(long viewer, List<Long> ids) {
        Map<Long, Post> byId = posts.listByIds(ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Set<Long> originals = new HashSet<>();
        byId.values().forEach(p -> {
            if (p.resharedPostId != null && !byId.containsKey(p.resharedPostId)) {
                originals.add(p.resharedPostId);
            }
        });
        posts.listByIds(originals).forEach(p -> byId.put(p.id, p));
        Set<Long> authorIds = byId.values().stream().map(p -> p.authorId).collect(Collectors.toSet());
        Map<Long, ProfileSummary> authors = authorIds.isEmpty() ? Map.of()
                : members.list("id in ?1", authorIds).stream()
                        .collect(Collectors.toMap(m -> m.id, ProfileSummary::from));
        Set<Long> liked = posts.likedBy(viewer, byId.keySet());
        Map<Long, PostResponse> out = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            Post p = byId.get(id);
            if (p != null) {
                out.put(id, toResponse(viewer, p, byId, authors, liked, true));
            }
        }
        return out;
    }

    public PostResponse render(long viewer, Post post) {
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
        return members.list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, ProfileSummary::from));
    }

    public java.util.Optional<Member> memberByHandle(String handle) {
        return members.findByHandle(handle);
    }
}
