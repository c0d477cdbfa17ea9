package app.rapport.auth;

import app.rapport.common.CredentialCheck;
import app.rapport.common.MemberCaps;
import app.rapport.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Personal access tokens: creating, listing and revoking them; and checking the credentials of each request. */
@ApplicationScoped
public class AccessTokenService implements CredentialCheck {

    static final int MAX_ACTIVE = 20;
    static final int DEFAULT_DAYS = 90;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final TokenIssuer issuer;
    private final MemberCaps caps;
    private final SessionService sessions;

    public AccessTokenService(AccessTokenRepository tokens, TokenIssuer issuer,
                              MemberCaps caps, SessionService sessions) {
        this.tokens = tokens;
        this.issuer = issuer;
        this.caps = caps;
        this.sessions = sessions;
    }

    @Transactional
    public AccessTokenList list(long meId) {
        return new AccessTokenList(tokens.listActive(meId).stream().map(AccessTokenResponse::from).toList());
    }

    @Transactional
    public CreatedAccessTokenResponse create(long meId, long sessionId, String handle, CreateAccessTokenRequest request) {
        sessions.requireRecentPasswordCheck(meId, sessionId);
        caps.check(meId, MAX_ACTIVE, () -> tokens.countActive(meId), () -> ProblemException.conflict(
                "TOO_MANY_ACCESS_TOKENS",
                "You already have " + MAX_ACTIVE + " access tokens; revoke one you no longer use first."));
        EnumSet<AccessTokenScope> scopes = EnumSet.copyOf(request.scopes());
        if (scopes.size() != request.scopes().size()) {
            throw ProblemException.invalidField("scopes", "Each scope may be listed once.");
        }
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
     * Checks one request's credentials: a log-in session's member must still exist (its live
     * session, checked first, proves it); a personal
     * access token must still exist unrevoked, may never call a {@code SessionOnly} operation,
     * and may only change things with the WRITE scope (which includes reading). Records a
     * token's use at most once a minute. A session's check opens no transaction: it is most
     * requests, and has nothing to read.
     */
    @Override
    public void authorize(long memberId, Long tokenId, Access required) {
        if (tokenId == null) {
            // A log-in session: CurrentMember found its row live just before, and sessions are
            // deleted with their member, so the member exists; no second lookup per request.
            return;
        }
        QuarkusTransaction.joiningExisting().run(() -> authorizeToken(memberId, tokenId, required));
    }

    private void authorizeToken(long memberId, long tokenId, Access required) {
        AccessToken t = tokens.findByIdAndOwner(tokenId, memberId)
                .filter(found -> found.revokedAt == null && found.expiresAt.isAfter(Instant.now()))
                .orElseThrow(() -> new ProblemException(401, "Unauthorized", "TOKEN_REVOKED",
                        "This access token was revoked or has expired; create a new one."));
        if (required == Access.SESSION) {
            throw ProblemException.forbidden("SESSION_REQUIRED",
                    "This operation needs a log-in session; a personal access token may not call it.");
        }
        boolean canWrite = t.scopes.contains(AccessTokenScope.WRITE.name());
        boolean canRead = canWrite || t.scopes.contains(AccessTokenScope.READ.name());
        if (required == Access.WRITE ? !canWrite : !canRead) {
            throw ProblemException.forbidden("INSUFFICIENT_SCOPE", required == Access.WRITE
                    ? "This access token may only read; create one with the WRITE scope to make changes."
                    : "This access token has no scope that allows reading.");
        }
        Instant now = Instant.now();
        if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(TOUCH_EVERY))) {
            t.lastUsedAt = now;
        }
    }
}
