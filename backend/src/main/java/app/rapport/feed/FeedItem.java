package app.rapport.feed;

import app.rapport.posts.PostResponse;
import app.rapport.profiles.ProfileSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One entry of a feed (schema FeedItem): a post (which may itself be a reshare or a career
 * update) and why it is here. {@code LIKED_BY_CONNECTION} entries name the connection in
 * {@code actor}; {@code at} is when the entry happened (the post or the like).
 */
public record FeedItem(Reason reason, @JsonInclude(JsonInclude.Include.NON_NULL) ProfileSummary actor, Instant at, PostResponse post) {

    /** Why an item is in the feed. */
    public enum Reason { POSTED, LIKED_BY_CONNECTION }
}
