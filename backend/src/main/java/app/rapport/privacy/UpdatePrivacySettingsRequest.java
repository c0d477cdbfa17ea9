package app.rapport.privacy;

import jakarta.validation.constraints.NotNull;

/** New privacy choices, every one given (schema UpdatePrivacySettingsRequest). */
public record UpdatePrivacySettingsRequest(@NotNull NetworkVisibility networkVisibility) {
}
