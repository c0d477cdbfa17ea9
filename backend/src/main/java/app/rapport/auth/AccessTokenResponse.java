package app.rapport.auth;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A personal access token, without its secret (schema AccessTokenResponse). */
public record AccessTokenResponse(long id, String name, List<AccessTokenScope> scopes, Instant createdAt,
                                  Instant expiresAt, Instant lastUsedAt) {

    static AccessTokenResponse from(AccessToken t) {
        return new AccessTokenResponse(t.id, t.name,
                Arrays.stream(t.scopes.split(" ")).map(AccessTokenScope::valueOf).toList(),
                t.createdAt, t.expiresAt, t.lastUsedAt);
    }
}
