package app.rapport.connections.invitations;

/** How a member receives connection requests. */
public enum InvitationPolicy {
    /** Every request is accepted at once. */
    OPEN,
    /** Requests must carry a note (the default). */
    NOTE_REQUIRED,
    /** Nobody can send a request; everybody can follow. */
    FOLLOW_ONLY
}
