package app.rapport.feed;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.replica.ReadReplica;
import app.rapport.posts.PostResponse;
import app.rapport.posts.PostService;
import app.rapport.posts.PostViews;
import app.rapport.profiles.ProfileSummary;
import app.rapport.tags.TagSelection;
import app.rapport.tags.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Home and tag feeds: newest first, keyset-paginated over (event time, post id), no ranking.
 * Each stream picks its plan from the size of its author set (see {@link FeedPlan}).
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);
    private static final Comparator<FeedRepository.Row> NEWEST_FIRST = Comparator
            .comparing(FeedRepository.Row::at).reversed()
            .thenComparing(Comparator.comparingLong(FeedRepository.Row::postId).reversed());

    private final FeedRepository feeds;
    private final PostViews views;
    private final TagService tags;
    private final FeedConfig config;
    private final HomeSizes sizes;

    public FeedService(FeedRepository feeds, PostViews views, TagService tags, FeedConfig config, HomeSizes sizes) {
        this.feeds = feeds;
        this.views = views;
        this.tags = tags;
        this.config = config;
        this.sizes = sizes;
    }

    /**
     * Home feed with the plans picked by author-set size. No transaction: every statement goes
     * through SqlRows in autocommit (in READ COMMITTED each statement had its own snapshot anyway).
     */
    @ReadReplica
    public Page<FeedItem> home(long me, PageRequest page) {
        return home(me, page, null);
    }

    /** Home feed; {@code forced} (tests, benchmark) overrides the plan choice when not null. */
    @ReadReplica
    public Page<FeedItem> home(long me, PageRequest page, FeedPlan forced) {
        Key after = Key.of(page.cursor());
        int threshold = config.planThreshold();
        long[] authors = sizes.of(me, member -> feeds.homeSizes(member, threshold + 1));
        FeedPlan postsPlan = forced != null ? forced : FeedPlan.forAuthorCount(authors[0] + 1, threshold);
        FeedPlan likesPlan = forced != null ? forced : FeedPlan.forAuthorCount(authors[1], threshold);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("home feed of %d: follows %d -> %s, connections %d -> %s", me, authors[0], postsPlan, authors[1], likesPlan);
        }
        List<FeedRepository.Row> rows = new ArrayList<>(feeds.homePosts(me, postsPlan, after.ts, after.id, page.limit() + 1));
        if (authors[1] > 0) {
            rows.addAll(feeds.likedByConnections(me, likesPlan, after.ts, after.id, page.limit() + 1));
        }
        return render(me, rows, page.limit());
    }

    /** Tag feed over explicit tags or a saved view; like the home feed, no transaction. */
    @ReadReplica
    public Page<FeedItem> tagged(long me, TagSelection selection, PageRequest page, FeedPlan forced) {
        Key after = Key.of(page.cursor());
        int threshold = config.planThreshold();
        FeedPlan plan = forced != null ? forced
                : FeedPlan.forAuthorCount(feeds.tagSize(selection, threshold + 1), threshold);
        return render(me, feeds.tagPosts(me, selection, plan, after.ts, after.id, page.limit() + 1), page.limit());
    }

    @ReadReplica
    public Page<FeedItem> tagged(long me, List<Long> tagIds, app.rapport.tags.TagView.Mode mode,
                                 List<Long> excludedTagIds, Long viewId, PageRequest page) {
        return tagged(me, tags.resolve(me, tagIds, mode, excludedTagIds, viewId), page, null);
    }

    /** Merges the streams, keeps limit rows (+1 to know there is more) and renders them. */
    private Page<FeedItem> render(long me, List<FeedRepository.Row> rows, int limit) {
        rows.sort(NEWEST_FIRST);
        List<FeedRepository.Row> top = rows.size() > limit + 1 ? rows.subList(0, limit + 1) : rows;
        Page<FeedRepository.Row> cut = Page.fromOverfetch(top, limit, r -> Cursor.encode(r.at(), r.postId()));
        Map<Long, PostResponse> posts = views.render(me, cut.items().stream().map(FeedRepository.Row::postId).toList());
        Map<Long, ProfileSummary> actors = views.summaries(cut.items().stream().map(FeedRepository.Row::actor)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<FeedItem> items = cut.items().stream()
                .filter(r -> posts.containsKey(r.postId()))
                .map(r -> r.actor() == null
                        ? new FeedItem(FeedItem.Reason.POSTED, null, r.at(), posts.get(r.postId()))
                        : new FeedItem(FeedItem.Reason.LIKED_BY_CONNECTION, actors.get(r.actor()), r.at(),
                                posts.get(r.postId())))
                .toList();
        return new Page<>(items, cut.nextCursor());
    }

    /** A decoded (time, post id) keyset position; the first page starts after the end of time. */
    private record Key(Instant ts, long id) {
        static Key of(String cursor) {
            if (cursor == null) {
                return new Key(PostService.END_OF_TIME, Long.MAX_VALUE);
            }
            List<String> parts = Cursor.decode(cursor, 2);
            return new Key(Cursor.decodeInstant(parts.get(0)), Cursor.decodeLong(parts.get(1)));
        }
    }
}
