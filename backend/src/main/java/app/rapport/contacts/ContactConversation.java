package app.rapport.contacts;

import java.time.Instant;

/** My conversation with a contact, with its latest message (schema ContactConversation). */
public record ContactConversation(long id, String lastMessagePreview, Instant lastMessageAt, Boolean lastMessageFromMe,
                                  int unreadCount) {
}
