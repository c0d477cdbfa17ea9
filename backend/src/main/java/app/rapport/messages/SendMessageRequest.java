package app.rapport.messages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message in a conversation, or a reply inside a pending request. */
public record SendMessageRequest(@NotBlank @Size(max = 8000) String text) {
}
