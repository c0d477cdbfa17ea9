package app.rapport.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in member of the current request, read from the verified JWT. */
@RequestScoped
public class CurrentMember {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    public CurrentMember(JsonWebToken jwt, SecurityIdentity identity) {
        this.jwt = jwt;
        this.identity = identity;
    }

    /** The member's id; answers 401 when the request is anonymous. */
    public long id() {
        if (identity.isAnonymous() || jwt.getSubject() == null) {
            throw ProblemException.unauthorized("Sign in first.");
        }
        try {
            return Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw ProblemException.unauthorized("The token does not name a member.");
        }
    }
}
