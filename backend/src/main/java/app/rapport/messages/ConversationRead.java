package app.rapport.messages;

/** Event: a member moved their read marker in a conversation; {@code unreadCount} is what is left unread. */
public record ConversationRead(long conversationId, long memberId, int unreadCount) {
}
