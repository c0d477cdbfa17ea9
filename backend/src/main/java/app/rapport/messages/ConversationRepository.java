package app.rapport.messages;

import app.rapport.privacy.BlockRule;
import app.rapport.network.NetworkRows;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on conversations, their two members' views of them, and messages. */
@ApplicationScoped
public class ConversationRepository {

    /**
     * A conversation as member :me sees it: its row, my view of it, whether one of the openings
     * holds now (connected, an accepted introduction, or the pending request it was opened in),
     * the other member, the last message and the broker. Conversations with a member blocked
     * either way are left out.
     */
    private static final String SELECT = """
            SELECT c.id, c.opened_by, c.created_at, cm.read_up_to, cm.unread_count, cm.last_activity_at,
                   (EXISTS (SELECT 1 FROM connections x WHERE x.member_a_id = c.member_a_id
                                                         AND x.member_b_id = c.member_b_id)
                    OR c.introduced_at IS NOT NULL
                    OR EXISTS (SELECT 1 FROM invitations i WHERE i.id = c.invitation_id AND i.state = 'PENDING')),
                   o.id, o.handle, o.display_name, o.headline, o.current_title, o.current_company, o.location,
                   lm.id, lm.kind, lm.sender_id, lm.body, lm.created_at,
                   ib.id, ib.handle, ib.display_name, ib.headline, ib.current_title, ib.current_company, ib.location
            FROM conversation_members cm
            JOIN conversations c ON c.id = cm.conversation_id
            JOIN members o ON o.id = cm.other_id
            LEFT JOIN messages lm ON lm.id = cm.last_message_id
            LEFT JOIN members ib ON ib.id = c.introduced_by_id
            WHERE cm.member_id = :me AND %s
            """.formatted(BlockRule.neitherBlocked("cm.other_id"));

    private final EntityManager em;

    public ConversationRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<ConversationResponse> findForMember(long conversationId, long me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " AND cm.conversation_id = :id")
                .setParameter("me", me).setParameter("id", conversationId).getResultList();
        return rows.stream().findFirst().map(r -> toResponse(r, me));
    }

    /** My conversations, newest activity first (optionally only the one with {@code otherId}). */
    @SuppressWarnings("unchecked")
    public List<ConversationResponse> listForMember(long me, Long otherId, Instant afterAt, Long afterId, int limit) {
        Query q = em.createNativeQuery(SELECT
                        + (otherId == null ? "" : " AND cm.other_id = :other")
                        + (afterId == null ? "" : " AND (cm.last_activity_at, cm.conversation_id) < (:afterAt, :afterId)")
                        + " ORDER BY cm.last_activity_at DESC, cm.conversation_id DESC LIMIT :limit")
                .setParameter("me", me).setParameter("limit", limit);
        if (otherId != null) {
            q.setParameter("other", otherId);
        }
        if (afterId != null) {
            q.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> toResponse(r, me)).toList();
    }

    /** The conversation of a pair, whoever is first. */
    public Optional<Long> findIdByPair(long a, long b) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM conversations WHERE member_a_id = :a AND member_b_id = :b")
                .setParameter("a", Math.min(a, b)).setParameter("b", Math.max(a, b)).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /**
     * The pair's conversation, made with this opening when there is none (two first messages at
     * the same instant end in the same conversation), and locked: sends in one conversation are
     * serialized, so message ids follow commit order.
     */
    public long getOrCreateLocked(long a, long b, ConversationOpening openedBy, Instant now) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        em.createNativeQuery("""
                        INSERT INTO conversations (member_a_id, member_b_id, opened_by, created_at)
                        VALUES (:a, :b, :openedBy, :now) ON CONFLICT (member_a_id, member_b_id) DO NOTHING""")
                .setParameter("a", lo).setParameter("b", hi).setParameter("openedBy", openedBy.name())
                .setParameter("now", now).executeUpdate();
        long id = ((Number) em.createNativeQuery("""
                        SELECT id FROM conversations WHERE member_a_id = :a AND member_b_id = :b FOR UPDATE""")
                .setParameter("a", lo).setParameter("b", hi).getSingleResult()).longValue();
        em.createNativeQuery("""
                        INSERT INTO conversation_members (conversation_id, member_id, other_id, last_activity_at)
                        VALUES (:id, :a, :b, :now), (:id, :b, :a, :now) ON CONFLICT DO NOTHING""")
                .setParameter("id", id).setParameter("a", lo).setParameter("b", hi).setParameter("now", now)
                .executeUpdate();
        return id;
    }

    public void lock(long conversationId) {
        em.createNativeQuery("SELECT id FROM conversations WHERE id = :id FOR UPDATE")
                .setParameter("id", conversationId).getSingleResult();
    }

    /** The openings kept on the conversation row: (pending-request id or null, introduced or not). */
    public Object[] openings(long conversationId) {
        return (Object[]) em.createNativeQuery("""
                        SELECT invitation_id, introduced_at IS NOT NULL FROM conversations WHERE id = :id""")
                .setParameter("id", conversationId).getSingleResult();
    }

    /** Records that the recipient of this pending request replied in the conversation. */
    public void linkInvitation(long conversationId, long invitationId) {
        em.createNativeQuery("UPDATE conversations SET invitation_id = :inv WHERE id = :id")
                .setParameter("inv", invitationId).setParameter("id", conversationId).executeUpdate();
    }

    /** Records an accepted introduction: from now on the two may write to each other. */
    public void markIntroduced(long conversationId, long brokerId, Instant at) {
        em.createNativeQuery("""
                        UPDATE conversations SET introduced_at = COALESCE(introduced_at, :at), introduced_by_id = :broker
                        WHERE id = :id""")
                .setParameter("at", at).setParameter("broker", brokerId).setParameter("id", conversationId)
                .executeUpdate();
    }

    /** Inserts a message; returns its id. */
    public long insertMessage(long conversationId, long senderId, MessageKind kind, String body, Instant at) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO messages (conversation_id, sender_id, kind, body, created_at)
                        VALUES (:c, :s, :k, :b, :at) RETURNING id""")
                .setParameter("c", conversationId).setParameter("s", senderId).setParameter("k", kind.name())
                .setParameter("b", body).setParameter("at", at).getSingleResult()).longValue();
    }

    /**
     * Both members' views after a new message: it is the last one, the sender has read up to it,
     * the other side has one more unread. Returns (member id, other id, unread count) per side.
     */
    @SuppressWarnings("unchecked")
    public List<MessageSent.Participant> afterMessage(long conversationId, long messageId, long senderId, Instant at) {
        List<Object[]> rows = em.createNativeQuery("""
                        UPDATE conversation_members
                        SET last_message_id = :m, last_activity_at = :at,
                            unread_count = CASE WHEN member_id = :s THEN 0 ELSE unread_count + 1 END,
                            read_up_to = CASE WHEN member_id = :s THEN :m ELSE read_up_to END
                        WHERE conversation_id = :c
                        RETURNING member_id, other_id, unread_count""")
                .setParameter("m", messageId).setParameter("at", at).setParameter("s", senderId)
                .setParameter("c", conversationId).getResultList();
        // In member-id order, so that what observers lock per member is always locked in one order.
        return rows.stream().map(r -> new MessageSent.Participant(((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(), ((Number) r[2]).intValue()))
                .sorted(java.util.Comparator.comparingLong(MessageSent.Participant::memberId)).toList();
    }

    /** Both sides of the conversation between {@code a} and {@code b}, if they have one with a message in it. */
    @SuppressWarnings("unchecked")
    public List<ConversationSide> sidesBetween(long a, long b) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT cm.conversation_id, cm.member_id, cm.other_id, cm.unread_count, m.body, cm.last_activity_at
                        FROM conversation_members cm JOIN messages m ON m.id = cm.last_message_id
                        WHERE (cm.member_id = :a AND cm.other_id = :b) OR (cm.member_id = :b AND cm.other_id = :a)
                        ORDER BY cm.member_id""")
                .setParameter("a", a).setParameter("b", b).getResultList();
        return rows.stream().map(r -> new ConversationSide(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), (String) r[4],
                app.rapport.network.NetworkRows.instant(r[5]))).toList();
    }

    /** Whether the message belongs to the conversation. */
    public boolean messageIn(long messageId, long conversationId) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM messages WHERE id = :m AND conversation_id = :c""")
                .setParameter("m", messageId).setParameter("c", conversationId).getSingleResult()).longValue() > 0;
    }

    /**
     * Moves my read marker forward (never back) and recounts what is left unread after it;
     * returns the unread count, or empty when the marker did not move.
     */
    @SuppressWarnings("unchecked")
    public Optional<Integer> markRead(long conversationId, long me, long upTo) {
        List<Number> rows = em.createNativeQuery("""
                        UPDATE conversation_members cm
                        SET read_up_to = :upTo,
                            unread_count = (SELECT count(*) FROM messages m WHERE m.conversation_id = :c
                                            AND m.id > :upTo AND m.sender_id <> :me)
                        WHERE cm.conversation_id = :c AND cm.member_id = :me AND cm.read_up_to < :upTo
                        RETURNING cm.unread_count""")
                .setParameter("c", conversationId).setParameter("me", me).setParameter("upTo", upTo).getResultList();
        return rows.stream().findFirst().map(Number::intValue);
    }

    /** Every conversation of mine read up to its last message. */
    public void markEverythingRead(long me) {
        em.createNativeQuery("""
                        UPDATE conversation_members SET read_up_to = last_message_id, unread_count = 0
                        WHERE member_id = :me AND unread_count > 0 AND last_message_id IS NOT NULL """)
                .setParameter("me", me).executeUpdate();
    }

    /** The last message of the conversation, if any. */
    public Optional<Long> lastMessageId(long conversationId, long me) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                        SELECT last_message_id FROM conversation_members
                        WHERE conversation_id = :c AND member_id = :me AND last_message_id IS NOT NULL""")
                .setParameter("c", conversationId).setParameter("me", me).getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    /** Messages of a conversation, newest first, before {@code beforeId}. */
    @SuppressWarnings("unchecked")
    public List<MessageResponse> messages(long conversationId, long me, Long beforeId, int limit) {
        Query q = em.createNativeQuery("""
                        SELECT id, kind, sender_id, body, created_at FROM messages
                        WHERE conversation_id = :c %s ORDER BY id DESC LIMIT :limit"""
                        .formatted(beforeId == null ? "" : "AND id < :before"))
                .setParameter("c", conversationId).setParameter("limit", limit);
        if (beforeId != null) {
            q.setParameter("before", beforeId);
        }
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> message(conversationId, me, r, 0)).toList();
    }

    public MessageResponse message(long conversationId, long messageId, long me) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT id, kind, sender_id, body, created_at FROM messages WHERE id = :m""")
                .setParameter("m", messageId).getSingleResult();
        return message(conversationId, me, r, 0);
    }

    private static MessageResponse message(long conversationId, long me, Object[] r, int at) {
        long sender = ((Number) r[at + 2]).longValue();
        return new MessageResponse(((Number) r[at]).longValue(), conversationId, MessageKind.valueOf((String) r[at + 1]),
                sender, sender == me, (String) r[at + 3], NetworkRows.instant(r[at + 4]));
    }

    private static ConversationResponse toResponse(Object[] r, long me) {
        long id = ((Number) r[0]).longValue();
        long readUpTo = ((Number) r[3]).longValue();
        return new ConversationResponse(id, ProfileSummary.fromRow(r, 7),
                ConversationOpening.valueOf((String) r[1]),
                r[19] == null ? null : ProfileSummary.fromRow(r, 19),
                (Boolean) r[6],
                r[14] == null ? null : message(id, me, r, 14),
                ((Number) r[4]).intValue(), readUpTo == 0 ? null : readUpTo,
                NetworkRows.instant(r[5]), NetworkRows.instant(r[2]));
    }
}
