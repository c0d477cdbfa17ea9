package app.rapport.notifications;

import app.rapport.profiles.ProfileSummary;
import java.time.Instant;
import java.util.List;

/**
 * One notification, grouped (schema NotificationResponse): the newest actors (at most three),
 * how many there are in all, the post it is about if any, and the sentence to show.
 */
public record NotificationResponse(long id, NotificationKind kind, String text, List<ProfileSummary> actors,
                                   int actorCount, Long postId, String postExcerpt, String detail, boolean read,
                                   Instant createdAt, Instant latestAt) {
}
