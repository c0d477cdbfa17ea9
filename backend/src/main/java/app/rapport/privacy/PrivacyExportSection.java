package app.rapport.privacy;

import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;

/** Export section "privacy": who the member lets see their network lists. */
@ApplicationScoped
public class PrivacyExportSection implements ExportSection {

    private final PrivacySettingsService privacy;

    public PrivacyExportSection(PrivacySettingsService privacy) {
        this.privacy = privacy;
    }

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public Object export(long memberId) {
        return privacy.settings(memberId);
    }
}
