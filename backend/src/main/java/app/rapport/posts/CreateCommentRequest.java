package app.rapport.posts;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new comment (schema CreateCommentRequest). */
public record CreateCommentRequest(@NotBlank @Size(max = 1250) @Visible String text) {
}
