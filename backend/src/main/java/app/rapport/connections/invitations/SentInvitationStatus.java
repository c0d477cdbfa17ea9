package app.rapport.connections.invitations;

/**
 * A request as its sender sees it. A request made into a follower reads FOLLOWING: the sender
 * is told only that they now follow, never that the request was turned down.
 */
public enum SentInvitationStatus {
    PENDING, CONNECTED, FOLLOWING, WITHDRAWN;

    static SentInvitationStatus of(InvitationState state) {
        return switch (state) {
            case PENDING -> PENDING;
            case ACCEPTED -> CONNECTED;
            case MADE_FOLLOWER -> FOLLOWING;
            case WITHDRAWN -> WITHDRAWN;
        };
    }
}
