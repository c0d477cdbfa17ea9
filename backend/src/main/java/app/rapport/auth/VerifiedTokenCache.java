package app.rapport.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser every request's bearer token goes through, remembering the tokens it has
 * verified until they expire: an RS256 check and the claims' JSON parsing cost more CPU than the
 * rest of a typical read (a fifth of the home feed's CPU and a quarter of its allocations in a
 * profile under load), and a signed-in member sends the same token with every request.
 *
 * <p>Only a token that passed the full check (signature, issuer, expiry) is remembered, keyed by
 * its exact text, and only until its own {@code exp}: after that it goes through the full check
 * again (which refuses it). Nothing about the member is cached here: the session behind the token
 * is still checked on every request (SessionCheck), so logging out or ending a session takes
 * effect at once. The cache is bounded; when full, expired entries are dropped, and if that
 * frees nothing it starts over.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final int MAX_ENTRIES = 4096;

    private record Verified(JsonWebToken token, long expiresAtMillis) { }

    private final DefaultJWTParser delegate;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(DefaultJWTParser delegate) {
        this(delegate, Clock.systemUTC());
    }

    VerifiedTokenCache(DefaultJWTParser delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.millis();
        Verified hit = verified.get(token);
        if (hit != null && now < hit.expiresAtMillis()) {
            return hit.token();
        }
        JsonWebToken parsed = delegate.parse(token);
        long expiresAt = parsed.getExpirationTime() * 1000L;
        if (expiresAt > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(v -> v.expiresAtMillis() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(parsed, expiresAt));
        }
        return parsed;
    }

    int size() {
        return verified.size();
    }

    // Everything else (other keys, decryption, parsing without verification) is not cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
