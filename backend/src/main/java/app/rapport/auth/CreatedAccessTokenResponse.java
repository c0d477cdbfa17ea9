package app.rapport.auth;

/** A new personal access token and its secret, shown this once (schema CreatedAccessTokenResponse). */
public record CreatedAccessTokenResponse(AccessTokenResponse token, String accessToken) {
}
