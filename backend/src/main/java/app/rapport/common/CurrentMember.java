package app.rapport.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in member of the current request, read from the verified JWT. Every resource asks
 * it for the member before acting; {@link CredentialFilter} tells it first what the matched
 * operation needs, so the member's existence, a log-in session's liveness and a personal access
 * token's revocation and scopes are checked here, once per request. Without that word (a
 * request that never matched an operation) it is at its strictest: log-in sessions only.
 */
@RequestScoped
public class CurrentMember {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;
    private final CredentialCheck credentials;
    private final SessionCheck sessions;
    private final long clockSkewSeconds;
    private CredentialCheck.Access required = CredentialCheck.Access.SESSION;
    private Long memberId;
    private Long sessionId;

    public CurrentMember(JsonWebToken jwt, SecurityIdentity identity, CredentialCheck credentials, SessionCheck sessions,
                         @ConfigProperty(name = "smallrye.jwt.verify.clock-skew", defaultValue = "60") long clockSkewSeconds) {
        this.jwt = jwt;
        this.identity = identity;
        this.credentials = credentials;
        this.sessions = sessions;
        this.clockSkewSeconds = clockSkewSeconds;
    }

    /** Called by {@link CredentialFilter} with what the matched operation needs. */
    void require(CredentialCheck.Access access) {
        this.required = access;
    }

    /** The member's id; answers 401 when the request is anonymous, its token revoked, its session ended or its member gone, 403 out of scope. */
    public long id() {
        if (memberId != null) {
            return memberId;
        }
        if (identity.isAnonymous() || jwt.getSubject() == null) {
            throw ProblemException.unauthorized("Sign in first.");
        }
        if (jwt.getIssuedAtTime() > Instant.now().getEpochSecond() + clockSkewSeconds) {
            throw ProblemException.unauthorized("The token claims to be issued in the future.");
        }
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized("The token does not name a member.");
        }
        Long pat = null;
        Long session = null;
        Object tokenId = jwt.getClaim("pat");
        if (tokenId != null) {
            try {
                pat = Long.parseLong(tokenId.toString());
            } catch (NumberFormatException e) {
                throw ProblemException.unauthorized("The token does not name an access token.");
            }
        } else {
            Object sid = jwt.getClaim("sid");
            if (sid == null) {
                throw ProblemException.unauthorized("This token is from before log-in sessions existed; log in again.");
            }
            try {
                session = Long.parseLong(sid.toString());
            } catch (NumberFormatException e) {
                throw ProblemException.unauthorized("The token does not name a session.");
            }
            sessions.check(id, session);
        }
        credentials.authorize(id, pat, required);
        sessionId = session;
        memberId = id;
        return id;
    }

    /**
     * The signed-in member on an operation open to anyone ({@code @PermitAll}), if the request
     * carries live credentials; empty for an anonymous request or credentials that no longer hold.
     */
    public java.util.Optional<Long> ifSignedIn() {
        if (identity.isAnonymous() || jwt.getSubject() == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(id());
        } catch (ProblemException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The id of the log-in session making this request, for the operations only a session may
     * call ({@link SessionOnly}): answers 403 SESSION_REQUIRED to a personal access token.
     */
    public long sessionId() {
        id();
        if (sessionId == null) {
            throw ProblemException.forbidden("SESSION_REQUIRED",
                    "Only a log-in session may do this, never a personal access token; sign in to Rapport to do it.");
        }
        return sessionId;
    }
}
