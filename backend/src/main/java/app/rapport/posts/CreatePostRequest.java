package app.rapport.posts;

import app.rapport.common.text.Visible;
import app.rapport.common.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new post (schema CreatePostRequest); visibility defaults to PUBLIC. */
public record CreatePostRequest(
        @NotBlank @Size(max = 3000) @Visible String text,
        @Size(max = 2048) @SingleLine @Pattern(regexp = PostRules.LINK_PATTERN, message = "must be an http or https URL") String linkUrl,
        Post.Visibility visibility) {
}
