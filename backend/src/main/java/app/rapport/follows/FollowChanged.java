package app.rapport.follows;

import java.time.Instant;

/**
 * Event: a member started ({@code following} true) or stopped following another by their own
 * act (Follow / Unfollow), in the current transaction. Follows made by accepting a request or
 * by "Make follower" are not this event: those are told through the request's outcome.
 */
public record FollowChanged(long followerId, long followeeId, boolean following, Instant at) {
}
