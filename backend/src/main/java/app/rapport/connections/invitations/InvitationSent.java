package app.rapport.connections.invitations;

import java.time.Instant;

/**
 * Event: a connection request was recorded, fired inside the sending transaction. {@code state}
 * says what came of it at once (PENDING when it waits for the recipient); the inbox turns a
 * pending one into a request item for the recipient.
 */
public record InvitationSent(long invitationId, long senderId, long recipientId, InvitationState state, String note,
                             int score, String verdict, Instant createdAt) {
}
