package app.rapport.auth;

import app.rapport.common.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials to exchange for a token (schema LogInRequest). */
public record LogInRequest(@NotBlank @Size(max = 254) @SingleLine String email, @NotBlank @Size(max = 128) String password) {
}
