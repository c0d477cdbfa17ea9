package app.rapport.auth;

import app.rapport.common.text.Visible;
import app.rapport.common.text.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A personal access token to create (schema CreateAccessTokenRequest). */
public record CreateAccessTokenRequest(
        @NotBlank @Size(max = 100) @SingleLine @Visible String name,
        @NotEmpty @Size(max = 2) List<@NotNull AccessTokenScope> scopes,
        @Min(1) @Max(365) Integer expiresInDays) {
}
