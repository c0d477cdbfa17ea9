package app.rapport.posts;

import java.time.Instant;

/**
 * Event: something happened to a post, in the current transaction: a like, a comment or a
 * reshare, or one of them undone. Fired for every act, one's own posts included (a comment of
 * the author still tells the other commenters); the notifications feature observes it.
 * {@code stillThere} says, for an undo, whether the actor keeps another act of that kind on
 * the post (a second comment), so that their part in a notification stays.
 */
public record PostActivity(Act act, long actorId, long postId, long authorId, Instant at, boolean stillThere) {

    /** What the actor did. */
    public enum Act {
        LIKED, UNLIKED, COMMENTED, COMMENT_DELETED, RESHARED, RESHARE_DELETED
    }
}
