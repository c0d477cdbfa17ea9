package app.rapport.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns every request's bearer token into its principal, remembering the tokens it has verified
 * until they expire: an RS256 check and the claims' JSON parsing cost more CPU than the rest of a
 * typical read (12 % of the app's CPU on the home feed in a profile under load), and a signed-in
 * member sends the same token with every request.
 *
 * <p>It is smallrye-jwt's principal factory (the documented way to customise parsing; the
 * {@code JWTParser} the authentication mechanism uses calls it), so every token of every request
 * comes through here. Only a token that passed the full check (signature, issuer, expiry) is
 * remembered, keyed by its exact text and the verification settings it was checked against, and
 * only until its own {@code exp}: after that it goes through the full check again (which refuses
 * it). Nothing about the member is cached here: the session behind the token is still checked on
 * every request (SessionCheck), so logging out or ending a session takes effect at once. The
 * cache is bounded; when full, expired entries are dropped, and if that frees nothing it starts over.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    static final int MAX_ENTRIES = 4096;

    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo checkedWith, long expiresAtMillis) { }

    private final JWTCallerPrincipalFactory delegate = new DefaultJWTCallerPrincipalFactory();
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache() {
        this(Clock.systemUTC());
    }

    VerifiedTokenCache(Clock clock) {
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        long now = clock.millis();
        Verified hit = verified.get(token);
        if (hit != null && hit.checkedWith() == settings && now < hit.expiresAtMillis()) {
            return hit.principal();
        }
        JWTCallerPrincipal parsed = delegate.parse(token, settings);
        long expiresAt = parsed.getExpirationTime() * 1000L;
        if (expiresAt > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(v -> v.expiresAtMillis() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(parsed, settings, expiresAt));
        }
        return parsed;
    }

    int size() {
        return verified.size();
    }

    boolean remembers(String token) {
        return verified.containsKey(token);
    }
}
