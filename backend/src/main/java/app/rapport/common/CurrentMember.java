package app.rapport.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in member of the current request, read from the verified JWT. Every resource asks
 * it for the member before acting; {@link CredentialFilter} tells it first what the matched
 * operation needs, so the member's existence and a personal access token's revocation and
 * scopes are checked here, once per request. Without that word (a request that never matched
 * an operation) it is at its strictest: log-in sessions only.
 */
@RequestScoped
public class CurrentMember {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;
    private final CredentialCheck credentials;
    private final long clockSkewSeconds;
    private CredentialCheck.Access required = CredentialCheck.Access.SESSION;
    private Long memberId;

    public CurrentMember(JsonWebToken jwt, SecurityIdentity identity, CredentialCheck credentials,
                         @ConfigProperty(name = "smallrye.jwt.verify.clock-skew", defaultValue = "60") long clockSkewSeconds) {
        this.jwt = jwt;
        this.identity = identity;
        this.credentials = credentials;
        this.clockSkewSeconds = clockSkewSeconds;
    }

    /** Called by {@link CredentialFilter} with what the matched operation needs. */
    void require(CredentialCheck.Access access) {
        this.required = access;
    }

    /** The member's id; answers 401 when the request is anonymous, its token revoked or its member gone, 403 out of scope. */
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
        Object tokenId = jwt.getClaim("pat");
        if (tokenId != null) {
            try {
                pat = Long.parseLong(tokenId.toString());
            } catch (NumberFormatException e) {
                throw ProblemException.unauthorized("The token does not name an access token.");
            }
        }
        credentials.authorize(id, pat, required);
        memberId = id;
        return id;
    }
}
