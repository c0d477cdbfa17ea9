package app.rapport.inbox;

import app.rapport.blocks.MemberBlocked;
import app.rapport.blocks.MemberUnblocked;
import app.rapport.connections.invitations.InvitationDecided;
import app.rapport.connections.invitations.InvitationSent;
import app.rapport.connections.invitations.InvitationState;
import app.rapport.inbox.live.MemberEvents;
import app.rapport.inbox.live.MessageEvent;
import app.rapport.messages.ConversationRead;
import app.rapport.messages.MessageSent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns what happens below the inbox into inbox items, in the same transaction (synchronous
 * observers): requests received, their outcomes for the sender, conversations, reads, blocks.
 */
@ApplicationScoped
public class InboxObserver {

    private final InboxService inbox;
    private final MemberEvents events;

    public InboxObserver(InboxService inbox, MemberEvents events) {
        this.inbox = inbox;
        this.events = events;
    }

    void onInvitationSent(@Observes InvitationSent sent) {
        if (sent.state() != InvitationState.PENDING) {
            return;
        }
        inbox.put(new InboxEntry(sent.recipientId(), InboxKind.CONNECTION_REQUEST, InboxReference.INVITATION,
                sent.invitationId(), sent.senderId(), InboxEntry.preview(sent.note()), sent.score(), sent.verdict(),
                null, 1, sent.createdAt()));
    }

    /** The request leaves the recipient's inbox; the sender learns "accepted" or only that they now follow. */
    void onInvitationDecided(@Observes InvitationDecided decided) {
        inbox.remove(decided.recipientId(), InboxKind.CONNECTION_REQUEST, InboxReference.INVITATION,
                decided.invitationId());
        InboxOutcome outcome = switch (decided.state()) {
            case ACCEPTED -> InboxOutcome.ACCEPTED;
            case MADE_FOLLOWER -> InboxOutcome.NOW_FOLLOWING;
            default -> null;
        };
        if (outcome == null) {
            return;
        }
        String preview = outcome == InboxOutcome.ACCEPTED ? "Accepted your connection request." : "You now follow them.";
        inbox.put(new InboxEntry(decided.senderId(), InboxKind.OUTCOME, InboxReference.INVITATION,
                decided.invitationId(), decided.recipientId(), preview, null, null, outcome, 1, decided.decidedAt()));
    }

    void onMemberBlocked(@Observes MemberBlocked blocked) {
        inbox.removeBetween(blocked.blockerId(), blocked.blockedId());
    }

    void onMemberUnblocked(@Observes MemberUnblocked unblocked) {
        inbox.restoreBetween(unblocked.blockerId(), unblocked.unblockedId());
    }

    /**
     * Each participant's conversation item shows the new message and what they have unread;
     * both get a {@code message} event, then the one who did not write an {@code inbox} event.
     */
    void onMessageSent(@Observes MessageSent sent) {
        String preview = InboxEntry.preview(sent.text());
        for (MessageSent.Participant p : sent.participants()) {
            events.publish(p.memberId(), "message",
                    new MessageEvent(sent.conversationId(), sent.messageId(), sent.senderId()));
            InboxEntry entry = new InboxEntry(p.memberId(), InboxKind.CONVERSATION, InboxReference.CONVERSATION,
                    sent.conversationId(), p.otherId(), preview, null, null, null, p.unreadCount(), sent.createdAt());
            if (p.memberId() == sent.senderId()) {
                inbox.putQuietly(entry);
            } else {
                inbox.put(entry);
            }
        }
    }

    void onConversationRead(@Observes ConversationRead read) {
        inbox.setUnread(read.memberId(), InboxKind.CONVERSATION, InboxReference.CONVERSATION, read.conversationId(),
                read.unreadCount());
    }
}
