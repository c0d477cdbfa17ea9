package app.rapport.privacy;

/** A member's privacy choices (schema PrivacySettingsResponse). */
public record PrivacySettingsResponse(NetworkVisibility networkVisibility) {

    static final PrivacySettingsResponse DEFAULTS = new PrivacySettingsResponse(NetworkVisibility.DEFAULT);
}
