package app.rapport.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new comment (schema CreateCommentRequest). */
public record CreateCommentRequest(@NotBlank @Size(max = 1250) String text) {
}
