package app.rapport.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, with the current one as proof (schema ChangePasswordRequest). */
public record ChangePasswordRequest(
        @NotBlank @Size(max = 128) String currentPassword,
        @NotBlank @Size(min = 8, max = 128) String newPassword,
        Boolean keepOtherSessions,
        Boolean keepAccessTokens) {
}
