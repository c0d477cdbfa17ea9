package app.rapport.auth;

import java.time.Instant;

/** A live log-in session, as its member sees it (schema SessionResponse). */
public record SessionResponse(long id, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
                              String userAgent, String ip, boolean current) {

    static SessionResponse from(Session s, long currentId) {
        return new SessionResponse(s.id, s.createdAt, s.lastSeenAt, s.expiresAt, s.userAgent, s.ip,
                s.id == currentId);
    }
}
