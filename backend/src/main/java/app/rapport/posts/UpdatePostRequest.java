package app.rapport.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** New text and link of a post, within the edit window (schema UpdatePostRequest); "" removes the link. */
public record UpdatePostRequest(
        @NotBlank @Size(max = 3000) String text,
        @Size(max = 2048) @Pattern(regexp = PostRules.LINK_PATTERN_OR_EMPTY, message = "must be an http or https URL") String linkUrl) {
}
