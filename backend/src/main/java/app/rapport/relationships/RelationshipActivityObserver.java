package app.rapport.relationships;

import app.rapport.connections.ConnectionMade;
import app.rapport.connections.ConnectionOrigin;
import app.rapport.messages.MessageKind;
import app.rapport.messages.MessageSent;
import app.rapport.notes.NoteChanged;
import app.rapport.posts.PostInteracted;
import app.rapport.relationships.strength.RelationshipSignals.MetVia;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps relationship_activity exact by observing, synchronously and so in the same transaction,
 * the events of the features that make interactions and connections. Those features never
 * call this one: the feature graph stays one-way.
 */
@ApplicationScoped
public class RelationshipActivityObserver {

    private final RelationshipRepository relationships;

    public RelationshipActivityObserver(RelationshipRepository relationships) {
        this.relationships = relationships;
    }

    void onPostInteraction(@Observes PostInteracted e) {
        String kind = e.kind() == PostInteracted.Kind.LIKE ? "LIKE" : "COMMENT";
        relationships.record(e.actorId(), e.authorId(), "public_from_me", RelationshipRepository.Side.FROM_ME,
                kind + "_GIVEN", e.at());
        relationships.record(e.authorId(), e.actorId(), "public_to_me", RelationshipRepository.Side.TO_ME,
                kind + "_RECEIVED", e.at());
    }

    /** A message written by one of the two (not an introducer's note) counts on both sides. */
    void onMessage(@Observes MessageSent e) {
        if (e.kind() != MessageKind.MESSAGE) {
            return;
        }
        for (MessageSent.Participant p : e.participants()) {
            if (p.memberId() == e.senderId()) {
                relationships.record(p.memberId(), p.otherId(), "messages_from_me", RelationshipRepository.Side.FROM_ME,
                        "MESSAGE_SENT", e.createdAt());
            } else {
                relationships.record(p.memberId(), p.otherId(), "messages_to_me", RelationshipRepository.Side.TO_ME,
                        "MESSAGE_RECEIVED", e.createdAt());
            }
        }
    }

    /** A note counts on its author's side only. */
    void onNote(@Observes NoteChanged e) {
        if (e.written()) {
            relationships.record(e.authorId(), e.memberId(), "notes", RelationshipRepository.Side.MINE_ONLY, "NOTE", e.at());
        } else {
            relationships.forget(e.authorId(), e.memberId(), "notes");
        }
    }

    void onConnection(@Observes ConnectionMade e) {
        ConnectionOrigin o = e.origin();
        for (long[] pair : new long[][] {{e.memberA(), e.memberB()}, {e.memberB(), e.memberA()}}) {
            long owner = pair[0];
            MetVia via = switch (o.way()) {
                case INVITATION -> owner == o.initiatorId() ? MetVia.INVITED_BY_ME : MetVia.INVITED_ME;
                case MUTUAL_INVITATION -> MetVia.MUTUAL_INVITATION;
                case OPEN_NETWORKER -> MetVia.OPEN_NETWORKER;
                case INTRODUCTION -> MetVia.INTRODUCED;
            };
            relationships.setOrigin(owner, pair[1], via, o.invitationId(), o.brokerId());
        }
    }
}
