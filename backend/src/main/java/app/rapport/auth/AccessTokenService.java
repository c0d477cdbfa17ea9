package app.rapport.auth;

import app.rapport.common.CredentialCheck;
import app.rapport.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Personal access tokens: creating, listing and revoking them, and checking each use. */
@ApplicationScoped
public class AccessTokenService implements CredentialCheck {

    static final int MAX_ACTIVE = 20;
    static final int DEFAULT_DAYS = 90;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final TokenIssuer issuer;
    private final SessionService sessions;

    public AccessTokenService(AccessTokenRepository tokens, TokenIssuer issuer, SessionService sessions) {
        this.tokens = tokens;
        this.issuer = issuer;
        this.sessions = sessions;
    }

    @Transactional
    public AccessTokenList list(long meId) {
        return new AccessTokenList(tokens.listActive(meId).stream().map(AccessTokenResponse::from).toList());
    }

    @Transactional
    public CreatedAccessTokenResponse create(long meId, long sessionId, String handle, CreateAccessTokenRequest request) {
        sessions.requireRecentPasswordCheck(meId, sessionId);
        if (tokens.countActive(meId) >= MAX_ACTIVE) {
            throw ProblemException.conflict("TOO_MANY_ACCESS_TOKENS",
                    "You already have " + MAX_ACTIVE + " access tokens; revoke one you no longer use first.");
        }
        EnumSet<AccessTokenScope> scopes = EnumSet.copyOf(request.scopes());
        AccessToken t = new AccessToken();
        t.memberId = meId;
        t.name = request.name().trim();
        t.scopes = scopes.stream().map(Enum::name).collect(Collectors.joining(" "));
        t.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int days = request.expiresInDays() == null ? DEFAULT_DAYS : request.expiresInDays();
        t.expiresAt = t.createdAt.plus(Duration.ofDays(days));
        tokens.persist(t);
        tokens.flush();
        String secret = issuer.issueAccessToken(meId, handle, t.id, t.scopes, t.expiresAt);
        return new CreatedAccessTokenResponse(AccessTokenResponse.from(t), secret);
    }

    @Transactional
    public void revoke(long meId, long tokenId) {
        AccessToken t = tokens.findByIdAndOwner(tokenId, meId)
                .orElseThrow(() -> ProblemException.notFound("You have no access token with id " + tokenId + "."));
        if (t.revokedAt == null) {
            t.revokedAt = Instant.now();
        }
    }

    /**
     * Checks one use of a personal access token: it must still exist unrevoked, may never manage
     * access tokens, and may only change things with the WRITE scope. Records the use at most
     * once a minute.
     */
    @Override
    @Transactional
    public void authorize(long memberId, long tokenId, String method, String path) {
        AccessToken t = tokens.findByIdAndOwner(tokenId, memberId)
                .filter(found -> found.revokedAt == null && found.expiresAt.isAfter(Instant.now()))
                .orElseThrow(() -> new ProblemException(401, "Unauthorized", "TOKEN_REVOKED",
                        "This access token was revoked or has expired; create a new one."));
        if (path.startsWith("/api/me/access-tokens")) {
            throw ProblemException.forbidden("SESSION_REQUIRED",
                    "Access tokens are managed from a log-in session, not with an access token.");
        }
        boolean reading = method.equals("GET") || method.equals("HEAD");
        if (!reading && !t.scopes.contains(AccessTokenScope.WRITE.name())) {
            throw ProblemException.forbidden("INSUFFICIENT_SCOPE",
                    "This access token may only read; create one with the WRITE scope to make changes.");
        }
        Instant now = Instant.now();
        if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(TOUCH_EVERY))) {
            t.lastUsedAt = now;
        }
    }
}
