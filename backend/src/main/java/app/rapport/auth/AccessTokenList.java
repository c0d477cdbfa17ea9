package app.rapport.auth;

import java.util.List;

/** A member's personal access tokens (schema AccessTokenList). */
public record AccessTokenList(List<AccessTokenResponse> items) {
}
