package app.rapport.posts;

import app.rapport.profiles.ProfileSummary;
import java.time.Instant;

/** A comment (schema CommentResponse). */
public record CommentResponse(long id, long postId, ProfileSummary author, String text, Instant createdAt) {
}
