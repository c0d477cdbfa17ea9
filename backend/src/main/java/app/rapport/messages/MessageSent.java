package app.rapport.messages;

import java.time.Instant;
import java.util.List;

/**
 * Event: a message was written in a conversation, fired inside the sending transaction. Each
 * participant comes with what they now have unread in it; the inbox mirrors that and
 * delivers it live.
 */
public record MessageSent(long conversationId, long messageId, long senderId, MessageKind kind, String text,
                          Instant createdAt, List<Participant> participants) {

    /** One of the two members of the conversation, the other one, and their unread messages in it. */
    public record Participant(long memberId, long otherId, int unreadCount) {
    }
}
