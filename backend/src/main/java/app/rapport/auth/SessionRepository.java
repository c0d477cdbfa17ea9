package app.rapport.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on log-in sessions. */
@ApplicationScoped
public class SessionRepository implements PanacheRepository<Session> {

    /** Live sessions, newest first (ended ones are history; expired ones are filtered here). */
    public List<Session> listLive(long memberId, Instant now) {
        return find("memberId = ?1 and endedAt is null and expiresAt > ?2 order by createdAt desc, id desc",
                memberId, now).list();
    }

    public Optional<Session> findByIdAndOwner(long id, long memberId) {
        return find("id = ?1 and memberId = ?2", id, memberId).firstResultOptional();
    }

    /** Ends every live session of the member except {@code keepId} (null: all of them); returns how many. */
    public int endAllBut(long memberId, Long keepId, Instant now) {
        if (keepId == null) {
            return update("endedAt = ?1 where memberId = ?2 and endedAt is null", now, memberId);
        }
        return update("endedAt = ?1 where memberId = ?2 and endedAt is null and id <> ?3", now, memberId, keepId);
    }

    /** Ends the oldest live sessions so that at most {@code keep} stay live. */
    public int endOldest(long memberId, int keep, Instant now) {
        return getEntityManager().createNativeQuery("""
                UPDATE sessions SET ended_at = :now
                 WHERE member_id = :member AND ended_at IS NULL
                   AND id NOT IN (SELECT id FROM sessions WHERE member_id = :member AND ended_at IS NULL
                                   ORDER BY created_at DESC, id DESC LIMIT :keep)
                """)
                .setParameter("now", now).setParameter("member", memberId).setParameter("keep", keep)
                .executeUpdate();
    }
}
