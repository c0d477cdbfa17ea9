package app.rapport.connections.invitations;

import app.rapport.privacy.BlockRule;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on connection requests; ownership is always part of the query. */
@ApplicationScoped
public class InvitationRepository implements PanacheRepository<Invitation> {

    /** How many of the sender's recent notes the scorer compares a new note with. */
    static final int RECENT_NOTES = 200;

    public Optional<Invitation> findByIdAndRecipient(long id, long recipientId) {
        return find("id = ?1 and recipientId = ?2", id, recipientId).firstResultOptional();
    }

    public Optional<Invitation> findByIdAndSender(long id, long senderId) {
        return find("id = ?1 and senderId = ?2", id, senderId).firstResultOptional();
    }

    /** Re-reads the row under a lock, so a decision sees the latest committed state. */
    public Invitation lock(Invitation invitation) {
        getEntityManager().refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
        return invitation;
    }

    public Optional<Invitation> findPendingBetween(long a, long b) {
        return find("state = ?1 and ((senderId = ?2 and recipientId = ?3) or (senderId = ?3 and recipientId = ?2))",
                InvitationState.PENDING, a, b).firstResultOptional();
    }

    /** When the sender's latest withdrawn or made-follower request to this recipient was decided, if after {@code since}. */
    public Optional<Instant> lastRefusedSince(long sender, long recipient, Instant since) {
        return find("senderId = ?1 and recipientId = ?2 and state in ?3 and decidedAt > ?4 order by decidedAt desc",
                sender, recipient, List.of(InvitationState.WITHDRAWN, InvitationState.MADE_FOLLOWER), since)
                .firstResultOptional().map(i -> i.decidedAt);
    }

    public long countSentSince(long sender, Instant since) {
        return count("senderId = ?1 and createdAt > ?2", sender, since);
    }

    public long countPendingSent(long sender) {
        return count("senderId = ?1 and state = ?2", sender, InvitationState.PENDING);
    }

    /** The sender's recent normalized notes to people other than {@code recipient}. */
    public List<String> recentNotes(long sender, long recipient, Instant since) {
        return getEntityManager().createQuery("""
                        select i.noteNormalized from Invitation i
                        where i.senderId = ?1 and i.recipientId <> ?2 and i.createdAt > ?3
                          and i.noteNormalized is not null and i.noteNormalized <> ''
                        order by i.createdAt desc""", String.class)
                .setParameter(1, sender).setParameter(2, recipient).setParameter(3, since)
                .setMaxResults(RECENT_NOTES).getResultList();
    }

    /** How many requests wait for {@code recipient}'s decision. */
    public long countPendingReceived(long recipient) {
        return count("recipientId = ?1 and state = ?2", recipient, InvitationState.PENDING);
    }

    /** Pending requests to {@code recipient}, newest first, optionally of one verdict. */
    public List<Invitation> receivedByDate(long recipient, String verdict, Instant afterAt, Long afterId, int limit) {
        StringBuilder q = new StringBuilder("recipientId = :r and state = :s");
        var params = new java.util.HashMap<String, Object>();
        params.put("r", recipient);
        params.put("s", InvitationState.PENDING);
        if (verdict != null) {
            q.append(" and verdict = :v");
            params.put("v", verdict);
        }
        if (afterId != null) {
            q.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.put("at", afterAt);
            params.put("id", afterId);
        }
        q.append(" order by createdAt desc, id desc");
        return find(q.toString(), params).page(0, limit).list();
    }

    /** Pending requests to {@code recipient}, best score first. */
    public List<Invitation> receivedByScore(long recipient, String verdict, Integer afterScore, Long afterId, int limit) {
        StringBuilder q = new StringBuilder("recipientId = :r and state = :s");
        var params = new java.util.HashMap<String, Object>();
        params.put("r", recipient);
        params.put("s", InvitationState.PENDING);
        if (verdict != null) {
            q.append(" and verdict = :v");
            params.put("v", verdict);
        }
        if (afterId != null) {
            q.append(" and (score < :sc or (score = :sc and id < :id))");
            params.put("sc", afterScore.shortValue());
            params.put("id", afterId);
        }
        q.append(" order by score desc, id desc");
        return find(q.toString(), params).page(0, limit).list();
    }

    /**
     * Every request the sender made, newest first, leaving out those to members blocked either
     * way. Left out, not shown as PENDING: a member who blocked me answers 404 everywhere, as if
     * they had left Rapport, and a departed member's requests vanish from this list too; a
     * request frozen at PENDING would contradict that 404 (and could never be decided).
     */
    @SuppressWarnings("unchecked")
    public List<Invitation> sent(long sender, Instant afterAt, Long afterId, int limit) {
        var q = getEntityManager().createNativeQuery("SELECT i.* FROM invitations i WHERE i.sender_id = :me AND "
                + BlockRule.neitherBlocked("i.recipient_id")
                + (afterId == null ? "" : " AND (i.created_at, i.id) < (:at, :id)")
                + " ORDER BY i.created_at DESC, i.id DESC LIMIT :limit", Invitation.class)
                .setParameter("me", sender).setParameter("limit", limit);
        if (afterId != null) {
            q.setParameter("at", afterAt).setParameter("id", afterId);
        }
        return q.getResultList();
    }
}
