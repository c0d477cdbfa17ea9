package app.rapport.relationships.strength;

import java.time.Instant;

/**
 * What one member can see of their relationship with another: the inputs of the strength.
 * Counts are from the owner's side; {@code notes} are the owner's own notes on the other.
 * {@code invitationPersonal} is null when the connection did not come from a scored request.
 */
public record RelationshipSignals(Instant connectedAt, MetVia metVia, Boolean invitationPersonal,
                                  String introducerName, Instant lastInteractionAt, String lastKind,
                                  int messagesFromMe, int messagesToMe, int publicFromMe, int publicToMe, int notes,
                                  Instant lastFromMeAt, Instant lastToMeAt) {

    /** How the connection was made, from the owner's side (null: no record). */
    public enum MetVia {
        INVITED_BY_ME, INVITED_ME, MUTUAL_INVITATION, OPEN_NETWORKER, INTRODUCED
    }

    /** Nothing known: not connected, no interaction. */
    public static RelationshipSignals none() {
        return new RelationshipSignals(null, null, null, null, null, null, 0, 0, 0, 0, 0, null, null);
    }

    public int fromMe() {
        return messagesFromMe + publicFromMe;
    }

    public int toMe() {
        return messagesToMe + publicToMe;
    }

    public int messages() {
        return messagesFromMe + messagesToMe;
    }

    public int publicInteractions() {
        return publicFromMe + publicToMe;
    }

    public boolean connected() {
        return connectedAt != null;
    }
}
