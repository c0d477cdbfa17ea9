package app.rapport.network;

/**
 * Where the viewer and a member stand on connecting. A request the recipient turned into a
 * follower is not shown to its sender: for them the state is simply NONE (and they follow).
 */
public enum ConnectionState {
    SELF, NONE, CONNECTED, INVITATION_SENT, INVITATION_RECEIVED
}
