package app.rapport.common;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in member of the current request, read from the verified JWT. Every resource asks
 * it for the member before acting, so this is also where a log-in session's liveness and a
 * personal access token's revocation and scopes are enforced (once per request).
 */
@RequestScoped
public class CurrentMember {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private final CredentialCheck credentials;
    private final SessionCheck sessions;
    private Long memberId;
    private Long sessionId;

    public CurrentMember(JsonWebToken jwt, SecurityIdentity identity, HttpServerRequest request,
                         CredentialCheck credentials, SessionCheck sessions) {
        this.jwt = jwt;
        this.identity = identity;
        this.request = request;
        this.credentials = credentials;
        this.sessions = sessions;
    }

    /** The member's id; answers 401 when the request is anonymous or its token revoked, 403 out of scope. */
    public long id() {
        if (memberId != null) {
            return memberId;
        }
        if (identity.isAnonymous() || jwt.getSubject() == null) {
            throw ProblemException.unauthorized("Sign in first.");
        }
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized("The token does not name a member.");
        }
        Object tokenId = jwt.getClaim("pat");
        if (tokenId != null) {
            long pat;
            try {
                pat = Long.parseLong(tokenId.toString());
            } catch (NumberFormatException e) {
                throw ProblemException.unauthorized("The token does not name an access token.");
            }
            credentials.authorize(id, pat, request.method().name(), request.path());
        } else {
            Object sid = jwt.getClaim("sid");
            if (sid == null) {
                throw ProblemException.unauthorized("This token is from before log-in sessions existed; log in again.");
            }
            long session;
            try {
                session = Long.parseLong(sid.toString());
            } catch (NumberFormatException e) {
                throw ProblemException.unauthorized("The token does not name a session.");
            }
            sessions.check(id, session);
            sessionId = session;
        }
        memberId = id;
        return id;
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
