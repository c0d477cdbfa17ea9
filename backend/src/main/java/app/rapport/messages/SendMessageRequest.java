package app.rapport.messages;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in a conversation, or a reply inside a pending request. */
public record SendMessageRequest(@NotBlank @Size(max = 8000) @Visible String text) {
}
