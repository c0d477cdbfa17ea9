package app.rapport.connections.invitations;

/** The life of a request as stored; senders see {@link SentInvitationStatus} instead. */
public enum InvitationState {
    PENDING, ACCEPTED, MADE_FOLLOWER, WITHDRAWN
}
