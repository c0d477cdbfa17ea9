package app.rapport.posts;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.Size;

/** A reshare, with an optional comment (schema ResharePostRequest); visibility defaults to PUBLIC. */
public record ResharePostRequest(@Size(max = 3000) @Visible String text, Post.Visibility visibility) {
}
