package app.rapport.auth;

import app.rapport.profiles.MeResponse;

/** A signed access token and the member it belongs to (schema TokenResponse). */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, MeResponse member) {
}
