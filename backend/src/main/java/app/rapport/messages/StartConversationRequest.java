package app.rapport.messages;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Write to a member: in the conversation you have with them, or in a new one. */
public record StartConversationRequest(@NotNull Long recipientId, @NotBlank @Size(max = 8000) @Visible String text) {
}
