package app.rapport.auth;

import app.rapport.common.ProblemException;
import app.rapport.common.RapportConfig;
import app.rapport.common.SessionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Log-in sessions: opened by log-in and sign-up, checked on every request, listed and ended by their member. */
@ApplicationScoped
public class SessionService implements SessionCheck {

    /** Live sessions a member may have; a log-in beyond this ends the oldest. */
    static final int MAX_LIVE = 50;
    /** "Last seen" is coarse: written at most this often, so a request costs one primary-key read. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final SessionRepository sessions;
    private final RapportConfig config;

    public SessionService(SessionRepository sessions, RapportConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    /** Opens a session after a password check (log-in or sign-up); joins the caller's transaction. */
    @Transactional
    public Session open(long memberId, ClientInfo client) {
        Instant now = now();
        Session s = new Session();
        s.memberId = memberId;
        s.createdAt = now;
        s.lastSeenAt = now;
        s.passwordCheckedAt = now;
        s.expiresAt = now.plus(config.auth().tokenLifetime());
        s.userAgent = client.userAgent();
        s.ip = client.ip();
        sessions.persist(s);
        sessions.flush();
        sessions.endOldest(memberId, MAX_LIVE, now);
        return s;
    }

    /**
     * One request with a session token: the session must exist, be the member's, and be live.
     * Runs outside any transaction (one read, and a write of "last seen" at most every
     * TOUCH_EVERY), before the operation's own transaction.
     */
    @Override
    public void check(long memberId, long sessionId) {
        Instant now = Instant.now();
        Instant lastSeen = sessions.liveLastSeen(sessionId, memberId, now);
        if (lastSeen == null) {
            throw new ProblemException(401, "Unauthorized", "SESSION_ENDED",
                    "This session has ended (logged out, ended from another device, or expired); log in again.");
        }
        if (lastSeen.isBefore(now.minus(TOUCH_EVERY))) {
            sessions.touch(sessionId, now.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Transactional
    public SessionList list(long meId, long currentId) {
        return new SessionList(sessions.listLive(meId, Instant.now()).stream()
                .map(s -> SessionResponse.from(s, currentId)).toList());
    }

    /** Ends one of my sessions (ending one that already ended is fine); another member's is a 404. */
    @Transactional
    public void end(long meId, long sessionId) {
        Session s = sessions.findByIdAndOwner(sessionId, meId)
                .orElseThrow(() -> ProblemException.notFound("You have no session with id " + sessionId + "."));
        if (s.endedAt == null) {
            s.endedAt = now();
        }
    }

    @Transactional
    public void endOthers(long meId, long currentId) {
        sessions.endAllBut(meId, currentId, now());
    }

    /** Records a successful password check on this session (for the recent-check rule). */
    @Transactional
    public void passwordChecked(long meId, long sessionId) {
        sessions.findByIdAndOwner(sessionId, meId).ifPresent(s -> s.passwordCheckedAt = now());
    }

    /** Guard for sensitive acts from a session: the password must have been checked recently. */
    @Transactional
    public void requireRecentPasswordCheck(long meId, long sessionId) {
        Duration window = config.auth().reauthenticationWindow();
        boolean recent = sessions.findByIdAndOwner(sessionId, meId)
                .map(s -> s.passwordCheckedAt.isAfter(Instant.now().minus(window)))
                .orElse(false);
        if (!recent) {
            throw ProblemException.forbidden("REAUTHENTICATION_REQUIRED",
                    "Confirm your password first (POST /api/me/reauthentication with {\"password\": ...}), "
                            + "then try again within " + window.toMinutes() + " minutes.");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
