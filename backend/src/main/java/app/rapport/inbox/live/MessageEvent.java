package app.rapport.inbox.live;

/** {@code event: message}: a message was written in one of my conversations (schema MessageEvent). */
public record MessageEvent(long conversationId, long messageId, long senderId) {
}
