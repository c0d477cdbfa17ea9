package app.rapport.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A member's privacy choices: reading and changing them. */
@ApplicationScoped
public class PrivacySettingsService {

    private final PrivacySettingsRepository settings;

    public PrivacySettingsService(PrivacySettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional
    public PrivacySettingsResponse settings(long me) {
        return settings.networkVisibility(me).map(PrivacySettingsResponse::new).orElse(PrivacySettingsResponse.DEFAULTS);
    }

    @Transactional
    public PrivacySettingsResponse update(long me, UpdatePrivacySettingsRequest request) {
        settings.save(me, request.networkVisibility());
        return settings(me);
    }
}
