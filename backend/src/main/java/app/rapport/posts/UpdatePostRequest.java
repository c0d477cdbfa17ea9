package app.rapport.posts;

import app.rapport.common.text.Visible;
import app.rapport.common.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New text and link of a post, within the edit window (schema UpdatePostRequest); "" removes the link. */
public record UpdatePostRequest(
        @NotBlank @Size(max = 3000) @Visible String text,
        @Size(max = 2048) @SingleLine @Pattern(regexp = PostRules.LINK_PATTERN_OR_EMPTY, message = "must be an http or https URL") String linkUrl) {
}
