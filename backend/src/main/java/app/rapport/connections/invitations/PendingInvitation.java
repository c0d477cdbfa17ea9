package app.rapport.connections.invitations;

/** The parties of a request that is still pending, for the features that let them talk meanwhile. */
public record PendingInvitation(long id, long senderId, long recipientId) {
}
