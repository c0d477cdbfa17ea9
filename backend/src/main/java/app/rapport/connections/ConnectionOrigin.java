package app.rapport.connections;

/**
 * How a new connection came about, told to observers of {@link ConnectionMade} (the review's
 * "how we met"). {@code initiatorId} is who asked: the request's sender, or the introduced requester.
 */
public record ConnectionOrigin(Way way, long initiatorId, Long invitationId, Long brokerId) {

    /** The ways two members come to be connected. */
    public enum Way {
        /** A request accepted by its recipient. */
        INVITATION,
        /** Each invited the other. */
        MUTUAL_INVITATION,
        /** Accepted at once by a recipient whose policy is OPEN. */
        OPEN_NETWORKER,
        /** Through an introduction accepted by its target. */
        INTRODUCTION
    }

    public static ConnectionOrigin invitation(long invitationId, long senderId) {
        return new ConnectionOrigin(Way.INVITATION, senderId, invitationId, null);
    }

    public static ConnectionOrigin mutualInvitation(long firstInvitationId, long firstSenderId) {
        return new ConnectionOrigin(Way.MUTUAL_INVITATION, firstSenderId, firstInvitationId, null);
    }

    public static ConnectionOrigin openNetworker(long invitationId, long senderId) {
        return new ConnectionOrigin(Way.OPEN_NETWORKER, senderId, invitationId, null);
    }

    public static ConnectionOrigin introduction(long requesterId, long brokerId) {
        return new ConnectionOrigin(Way.INTRODUCTION, requesterId, null, brokerId);
    }
}
