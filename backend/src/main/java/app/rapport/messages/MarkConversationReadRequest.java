package app.rapport.messages;

import jakarta.validation.constraints.NotNull;

/** Move my read marker forward to this message. */
public record MarkConversationReadRequest(@NotNull Long upToMessageId) {
}
