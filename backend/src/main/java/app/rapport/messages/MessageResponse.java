package app.rapport.messages;

import java.time.Instant;

/** One message as a participant sees it (schema MessageResponse). */
public record MessageResponse(long id, long conversationId, MessageKind kind, long senderId, boolean mine, String text,
                              Instant createdAt) {
}
