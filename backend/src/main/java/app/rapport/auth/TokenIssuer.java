package app.rapport.auth;

import app.rapport.common.RapportConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs access tokens (RS256) with the configured private key. */
@ApplicationScoped
public class TokenIssuer {

    private final RapportConfig config;
    private final String issuer;

    public TokenIssuer(RapportConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.config = config;
        this.issuer = issuer;
    }

    /** A log-in session's token: names its row ("sid"), which every request checks is still live. */
    public String issueSession(long memberId, String handle, long sessionId, java.time.Instant expiresAt) {
        return Jwt.issuer(issuer)
                .subject(Long.toString(memberId))
                .upn(handle)
                .groups(Set.of("member"))
                .claim("sid", sessionId)
                .expiresAt(expiresAt)
                .sign();
    }

    /** A personal access token: names its row ("pat") and scopes; expires when the row says. */
    public String issueAccessToken(long memberId, String handle, long tokenId, String scopes, java.time.Instant expiresAt) {
        return Jwt.issuer(issuer)
                .subject(Long.toString(memberId))
                .upn(handle)
                .groups(Set.of("member"))
                .claim("pat", tokenId)
                .claim("scope", scopes)
                .expiresAt(expiresAt)
                .sign();
    }

    public long lifetimeSeconds() {
        return config.auth().tokenLifetime().toSeconds();
    }
}
