package app.rapport.posts;

import app.rapport.profiles.ProfileSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A post as the signed-in member sees it (schema PostResponse). {@code resharedPost} is the
 * original of a reshare; {@code editableUntil} is set only on your own editable posts.
 */
public record PostResponse(long id, Post.Kind kind, ProfileSummary author, String text, String linkUrl,
                           Post.Visibility visibility,
                           @JsonInclude(JsonInclude.Include.NON_NULL) PostResponse resharedPost,
                           @JsonInclude(JsonInclude.Include.NON_NULL) CareerUpdate careerUpdate,
                           int likeCount, int commentCount, int reshareCount, boolean likedByMe,
                           Instant createdAt, Instant editedAt, Instant editableUntil) {
}
