package app.rapport.connections.invitations;

import java.time.Instant;

/**
 * Event: a pending request was decided (ACCEPTED, MADE_FOLLOWER) or WITHDRAWN, fired inside the
 * deciding transaction. {@code reply} is the recipient's personal reply sent with an accept
 * (null otherwise): the messages feature opens the conversation with it.
 */
public record InvitationDecided(long invitationId, long senderId, long recipientId, InvitationState state,
                                String reply, Instant decidedAt) {
}
