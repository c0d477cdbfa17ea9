package app.rapport.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The member's password, asked again before a sensitive act (schema PasswordCheckRequest). */
public record PasswordCheckRequest(@NotBlank @Size(max = 128) String password) {
}
