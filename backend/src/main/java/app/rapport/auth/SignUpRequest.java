package app.rapport.auth;

import app.rapport.common.text.SingleLine;
import app.rapport.common.text.PersonName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account (schema SignUpRequest). */
public record SignUpRequest(
        @NotBlank @Email @Size(max = 254) @SingleLine String email,
        @NotBlank @Size(min = 8, max = 128) String password,
        @NotBlank @Pattern(regexp = "^[a-zA-Z0-9_]{3,30}$",
                message = "must be 3 to 30 letters, digits or underscores") String handle,
        @NotBlank @Size(max = 100) @PersonName String displayName) {
}
