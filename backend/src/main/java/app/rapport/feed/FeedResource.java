package app.rapport.feed;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.tags.TagView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** The home feed and tag feeds. */
@Path("/api/feeds")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedService feeds;
    private final CurrentMember me;

    public FeedResource(FeedService feeds, CurrentMember me) {
        this.feeds = feeds;
        this.me = me;
    }

    @GET
    @Path("/home")
    public Page<FeedItem> getHomeFeed(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return feeds.home(me.id(), PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/tagged")
    public Page<FeedItem> getTagFeed(@QueryParam("tagId") List<String> tagIds, @QueryParam("mode") String mode,
                                     @QueryParam("excludeTagId") List<String> excludeTagIds,
                                     @QueryParam("viewId") String viewId, @QueryParam("cursor") String cursor,
                                     @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(cursor, limit);
        return feeds.tagged(me.id(), ids("tagId", tagIds), mode(mode), ids("excludeTagId", excludeTagIds),
                viewId == null || viewId.isBlank() ? null : id("viewId", viewId), page);
    }

    private static TagView.Mode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return TagView.Mode.ANY;
        }
        try {
            return TagView.Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("mode", "must be ANY or ALL");
        }
    }

    private static List<Long> ids(String field, List<String> raw) {
        return raw == null ? List.of() : raw.stream().filter(s -> !s.isBlank()).map(s -> id(field, s)).toList();
    }

    private static long id(String field, String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a tag id (a whole number)");
        }
    }
}
