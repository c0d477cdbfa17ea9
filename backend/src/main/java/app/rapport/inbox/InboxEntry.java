package app.rapport.inbox;

import java.time.Instant;

/**
 * What a feature puts in a member's inbox (see {@link InboxService#put}): one item per
 * (member, kind, reference), replaced when put again. {@code unreadCount} > 0 makes it unread.
 */
public record InboxEntry(long memberId, InboxKind kind, InboxReference referenceType, long referenceId, long actorId,
                         String preview, Integer score, String verdict, InboxOutcome outcome, int unreadCount,
                         Instant lastActivityAt) {

    /** At most 200 characters of a text, whitespace collapsed, for an item's preview. */
    public static String preview(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }
}
