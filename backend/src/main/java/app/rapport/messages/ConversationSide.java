package app.rapport.messages;

import java.time.Instant;

/** One member's side of a conversation: the other member, what is unread, the last message and when. */
public record ConversationSide(long conversationId, long memberId, long otherId, int unreadCount, String lastText,
                               Instant lastActivityAt) {
}
