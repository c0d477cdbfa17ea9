package app.rapport.auth;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Queries on log-in sessions. */
@ApplicationScoped
public class SessionRepository implements PanacheRepository<Session> {

    private final AgroalDataSource dataSource;

    public SessionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * When the session is the member's and live at {@code now}, when it was last seen; null
     * otherwise. Every request asks this, so it is one primary-key read on a pooled connection in
     * autocommit: no transaction to begin and commit, no entity to load and dirty-check.
     */
    public Instant liveLastSeen(long id, long memberId, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT last_seen_at FROM sessions"
                     + " WHERE id = ? AND member_id = ? AND ended_at IS NULL AND expires_at > ?")) {
            ps.setLong(1, id);
            ps.setLong(2, memberId);
            ps.setObject(3, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking session " + id, e);
        }
    }

    /** Moves "last seen" forward (one statement, in autocommit; never backwards). */
    public void touch(long id, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?")) {
            OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
            ps.setObject(1, t);
            ps.setLong(2, id);
            ps.setObject(3, t);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("touching session " + id, e);
        }
    }

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
