package app.rapport.inbox;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.inbox.live.InboxEvent;
import app.rapport.inbox.live.MemberEvents;
import app.rapport.messages.ConversationService;
import app.rapport.messages.ConversationSide;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The one inbox. Features below it put and remove items through {@link #put} and
 * {@link #remove} (from observers of their events, in their transaction); every change is
 * published on the member's live stream with the new unread counts.
 */
@ApplicationScoped
public class InboxService {

    private final InboxRepository inbox;
    private final ConversationService conversations;
    private final MemberEvents events;
    private final BlockRule blocks;

    public InboxService(InboxRepository inbox, ConversationService conversations, MemberEvents events, BlockRule blocks) {
        this.inbox = inbox;
        this.conversations = conversations;
        this.events = events;
        this.blocks = blocks;
    }

    @Transactional
    public Page<InboxItem> list(long me, InboxKind kind, boolean unreadOnly, PageRequest page) {
        Instant afterAt = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterAt = Cursor.decodeInstant(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        return Page.fromOverfetch(inbox.list(me, kind, unreadOnly, afterAt, afterId, page.limit() + 1), page.limit(),
                i -> Cursor.encode(i.lastActivityAt(), i.id()));
    }

    @Transactional
    public InboxCounts counts(long me) {
        return InboxCounts.of(inbox.counts(me));
    }

    /** Marks one item read; a conversation is read up to its last message. */
    @Transactional
    public InboxItem markRead(long me, long itemId) {
        InboxItem item = inbox.find(me, itemId)
                .orElseThrow(() -> ProblemException.notFound("You have no inbox item with id " + itemId + "."));
        if (!item.unread()) {
            return item;
        }
        if (item.kind() == InboxKind.CONVERSATION) {
            conversations.markAllRead(me, item.referenceId());
        } else {
            inbox.markRead(me, itemId);
            publish(me, item.kind(), itemId, item.referenceId(), false);
        }
        return inbox.find(me, itemId).orElseThrow();
    }

    /** Marks every item of a kind (or every item) read; conversations are read up to their last message. */
    @Transactional
    public InboxCounts markAllRead(long me, InboxKind kind) {
        if (kind == null || kind == InboxKind.CONVERSATION) {
            conversations.markEverythingRead(me);
        }
        if (inbox.markAllRead(me, kind) > 0) {
            // Many items changed at once: one event, itemId 0, tells the SPA to reload the list.
            publish(me, kind == null ? InboxKind.CONVERSATION : kind, 0, 0, false);
        }
        return counts(me);
    }

    /**
     * Puts an item in a member's inbox (replacing the one for the same kind and reference) and
     * tells their open streams. Call it inside the transaction of the change it reports.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long put(InboxEntry entry) {
        long id = inbox.put(entry);
        publish(entry.memberId(), entry.kind(), id, entry.referenceId(), false);
        return id;
    }

    /** Like {@link #put}, without telling the member's streams (e.g. their own action, told otherwise). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long putQuietly(InboxEntry entry) {
        return inbox.put(entry);
    }

    /** Removes an item, if there is one, and tells the member's open streams. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(long memberId, InboxKind kind, InboxReference type, long referenceId) {
        inbox.remove(memberId, kind, type, referenceId)
                .ifPresent(id -> publish(memberId, kind, id, referenceId, true));
    }

    /** Sets what is unread in an item, if there is one, and tells the member's open streams. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setUnread(long memberId, InboxKind kind, InboxReference type, long referenceId, int unread) {
        inbox.setUnread(memberId, kind, type, referenceId, unread)
                .ifPresent(id -> publish(memberId, kind, id, referenceId, false));
    }

    /**
     * A block: every item either member has about the other goes. Only the blocker's streams
     * are told (the blocked member learns nothing live).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeBetween(long blockerId, long blockedId) {
        for (Object[] r : inbox.removeBetween(blockerId, blockedId)) {
            long member = ((Number) r[0]).longValue();
            if (member == blockerId) {
                publish(member, InboxKind.valueOf((String) r[2]), ((Number) r[1]).longValue(),
                        ((Number) r[3]).longValue(), true);
            }
        }
    }

    /**
     * An unblock: what the block took out of both inboxes and still exists comes back as it
     * stands now (their conversation, with its unread messages and last activity), unless the
     * other member still blocks the first. A block deleted the requests between the two and
     * ended their introductions, so nothing else is left to restore. Only the one who unblocked
     * is told live, as only the blocker was told of the block.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restoreBetween(long unblockerId, long otherId) {
        if (blocks.eitherWay(unblockerId, otherId)) {
            return;
        }
        for (ConversationSide side : conversations.sidesBetween(unblockerId, otherId)) {
            InboxEntry entry = new InboxEntry(side.memberId(), InboxKind.CONVERSATION, InboxReference.CONVERSATION,
                    side.conversationId(), side.otherId(), InboxEntry.preview(side.lastText()), null, null, null,
                    side.unreadCount(), side.lastActivityAt());
            if (side.memberId() == unblockerId) {
                put(entry);
            } else {
                putQuietly(entry);
            }
        }
    }

    private void publish(long memberId, InboxKind kind, long itemId, long referenceId, boolean removed) {
        events.publish(memberId, "inbox", new InboxEvent(kind, itemId, referenceId, removed,
                InboxCounts.of(inbox.counts(memberId))));
    }
}
