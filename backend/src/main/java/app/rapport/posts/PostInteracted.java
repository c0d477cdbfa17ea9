package app.rapport.posts;

import java.time.Instant;

/**
 * Event: a member liked or commented on another member's post, in the current transaction
 * (never fired for one's own posts, nor for a repeated like). The relationships feature counts
 * these public interactions between the two.
 */
public record PostInteracted(long actorId, long authorId, Kind kind, Instant at) {

    /** What the actor did. */
    public enum Kind {
        LIKE, COMMENT
    }
}
