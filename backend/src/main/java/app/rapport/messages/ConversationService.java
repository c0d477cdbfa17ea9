package app.rapport.messages;

import app.rapport.privacy.BlockRule;
import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.connections.invitations.InvitationDecided;
import app.rapport.connections.invitations.InvitationService;
import app.rapport.connections.invitations.InvitationState;
import app.rapport.connections.invitations.PendingInvitation;
import app.rapport.network.NetworkService;
import app.rapport.profiles.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Conversations between two members. Who may write is decided at every write: connections
 * always; the recipient of a pending request (replying inside it), and then both sides while it
 * is pending; the two sides of an accepted introduction. Nobody else, and nobody across a block
 * (the conversation is then hidden from both). Each message updates both members' views and
 * fires {@link MessageSent} in the same transaction.
 */
@ApplicationScoped
public class ConversationService {

    private final ConversationRepository conversations;
    private final BlockRule blocks;
    private final NetworkService network;
    private final InvitationService invitations;
    private final MemberRepository members;
    private final Event<MessageSent> sentEvents;
    private final Event<ConversationRead> readEvents;

    public ConversationService(ConversationRepository conversations, BlockRule blocks, NetworkService network,
                               InvitationService invitations, MemberRepository members,
                               Event<MessageSent> sentEvents, Event<ConversationRead> readEvents) {
        this.conversations = conversations;
        this.blocks = blocks;
        this.network = network;
        this.invitations = invitations;
        this.members = members;
        this.sentEvents = sentEvents;
        this.readEvents = readEvents;
    }

    /** Writes to a member, in our conversation or a new one. */
    @Transactional
    public ConversationResponse start(long me, StartConversationRequest request) {
        long to = request.recipientId();
        if (to == me) {
            throw ProblemException.refused("CANNOT_MESSAGE_SELF", "You cannot write to yourself.");
        }
        requireVisible(me, to);
        Optional<Long> existing = conversations.findIdByPair(me, to);
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            conversations.lock(id);
        } else {
            ConversationOpening opening = network.connected(me, to) ? ConversationOpening.CONNECTION
                    : ConversationOpening.INVITATION;
            requireOpening(me, to, null);
            id = conversations.getOrCreateLocked(me, to, opening, now());
        }
        requireOpening(me, to, id);
        append(id, me, MessageKind.MESSAGE, request.text());
        return get(me, id);
    }

    @Transactional
    public ConversationResponse get(long me, long conversationId) {
        return conversations.findForMember(conversationId, me).orElseThrow(() -> notFound(conversationId));
    }

    /** My conversations, newest activity first, optionally only the one with {@code memberId}. */
    @Transactional
    public Page<ConversationResponse> list(long me, Long memberId, PageRequest page) {
        Instant afterAt = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterAt = Cursor.decodeInstant(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        return Page.fromOverfetch(conversations.listForMember(me, memberId, afterAt, afterId, page.limit() + 1),
                page.limit(), c -> Cursor.encode(c.lastActivityAt(), c.id()));
    }

    @Transactional
    public Page<MessageResponse> messages(long me, long conversationId, PageRequest page) {
        get(me, conversationId);
        Long before = page.cursor() == null ? null : Cursor.decodeLong(Cursor.decode(page.cursor(), 1).get(0));
        return Page.fromOverfetch(conversations.messages(conversationId, me, before, page.limit() + 1), page.limit(),
                m -> Cursor.encode(m.id()));
    }

    @Transactional
    public MessageResponse send(long me, long conversationId, SendMessageRequest request) {
        ConversationResponse c = get(me, conversationId);
        conversations.lock(conversationId);
        requireOpening(me, c.member().id(), conversationId);
        return append(conversationId, me, MessageKind.MESSAGE, request.text());
    }

    /**
     * The recipient of a pending request replies inside it: the request stays pending, and
     * both may write in the conversation while it is.
     */
    @Transactional
    public MessageResponse replyToInvitation(long me, long invitationId, SendMessageRequest request) {
        PendingInvitation invitation = invitations.requirePendingReceived(me, invitationId);
        requireVisible(me, invitation.senderId());
        long id = conversations.getOrCreateLocked(me, invitation.senderId(), ConversationOpening.INVITATION, now());
        conversations.linkInvitation(id, invitation.id());
        return append(id, me, MessageKind.MESSAGE, request.text());
    }

    /** Moves my read marker forward; repeating it, or an older message, changes nothing. */
    @Transactional
    public ConversationResponse markRead(long me, long conversationId, long upToMessageId) {
        get(me, conversationId);
        if (!conversations.messageIn(upToMessageId, conversationId)) {
            throw ProblemException.invalidField("upToMessageId", "is not a message of this conversation");
        }
        conversations.markRead(conversationId, me, upToMessageId)
                .ifPresent(unread -> readEvents.fire(new ConversationRead(conversationId, me, unread)));
        return get(me, conversationId);
    }

    /** Both sides of the conversation between two members, if they have written to each other (e.g. to restore it after an unblock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConversationSide> sidesBetween(long a, long b) {
        return conversations.sidesBetween(a, b);
    }

    /** Marks the conversation read up to its last message (the inbox's "mark read"). */
    @Transactional
    public void markAllRead(long me, long conversationId) {
        get(me, conversationId);
        conversations.lastMessageId(conversationId, me).flatMap(last -> conversations.markRead(conversationId, me, last))
                .ifPresent(unread -> readEvents.fire(new ConversationRead(conversationId, me, unread)));
    }

    /**
     * Marks every conversation of mine read up to its last message, in one statement; the
     * caller (the inbox's "mark all read") updates its own items.
     */
    @Transactional
    public void markEverythingRead(long me) {
        conversations.markEverythingRead(me);
    }

    /**
     * An introduction was accepted: from now on requester and target may write to each other,
     * and their conversation opens (or continues) with the broker's note as a message of kind
     * INTRODUCTION sent by the broker. Called by the introductions feature inside its accepting
     * transaction; returns the conversation id. Refused (422 CANNOT_MESSAGE) across a block.
     */
    @Transactional
    public long openForIntroduction(long brokerId, long requesterId, long targetId, String brokerNote) {
        if (requesterId == targetId || blocks.eitherWay(requesterId, targetId)) {
            throw ProblemException.refused("CANNOT_MESSAGE", "These two members cannot write to each other.");
        }
        Instant now = now();
        long id = conversations.getOrCreateLocked(requesterId, targetId, ConversationOpening.INTRODUCTION, now);
        conversations.markIntroduced(id, brokerId, now);
        if (brokerNote != null && !brokerNote.isBlank()) {
            append(id, brokerId, MessageKind.INTRODUCTION, brokerNote);
        }
        return id;
    }

    /** Accepting a request with a reply: the reply opens (or continues) the conversation with the new connection. */
    void onInvitationDecided(@Observes InvitationDecided decided) {
        if (decided.state() != InvitationState.ACCEPTED || decided.reply() == null) {
            return;
        }
        long id = conversations.getOrCreateLocked(decided.recipientId(), decided.senderId(),
                ConversationOpening.CONNECTION, now());
        append(id, decided.recipientId(), MessageKind.MESSAGE, decided.reply());
    }

    private MessageResponse append(long conversationId, long senderId, MessageKind kind, String text) {
        String body = text.trim();
        Instant now = now();
        long messageId = conversations.insertMessage(conversationId, senderId, kind, body, now);
        List<MessageSent.Participant> participants = conversations.afterMessage(conversationId, messageId, senderId, now);
        sentEvents.fire(new MessageSent(conversationId, messageId, senderId, kind, body, now, participants));
        return new MessageResponse(messageId, conversationId, kind, senderId, true, body, now);
    }

    /**
     * Refuses a write of {@code me} to {@code other} unless one opening holds; with a request
     * from {@code other} pending, writing is replying inside it (and links it to the conversation).
     */
    private void requireOpening(long me, long other, Long conversationId) {
        if (network.connected(me, other)) {
            return;
        }
        if (conversationId != null) {
            Object[] kept = conversations.openings(conversationId);
            if ((Boolean) kept[1]) {
                return;
            }
            if (kept[0] != null && invitations.isPending(((Number) kept[0]).longValue())) {
                return;
            }
        }
        Optional<PendingInvitation> pending = invitations.pendingBetween(me, other)
                .filter(p -> p.recipientId() == me);
        if (pending.isPresent()) {
            if (conversationId != null) {
                conversations.linkInvitation(conversationId, pending.get().id());
            }
            return;
        }
        throw ProblemException.refused("CANNOT_MESSAGE", "You can write to your connections, to someone whose "
                + "connection request is waiting for your answer, and to someone you were introduced to.");
    }

    private void requireVisible(long me, long other) {
        if (members.findByIdOptional(other).isEmpty() || blocks.eitherWay(me, other)) {
            throw ProblemException.notFound("No member has the id " + other + ".");
        }
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("You have no conversation with id " + id + ".");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
