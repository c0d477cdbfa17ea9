package app.rapport.profiles;

import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;

/** Export section "publicProfile": what the member chose to show on their public page. */
@ApplicationScoped
public class PublicProfileExportSection implements ExportSection {

    private final PublicProfileService profiles;

    public PublicProfileExportSection(PublicProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "publicProfile";
    }

    @Override
    public Object export(long memberId) {
        return profiles.settings(memberId);
    }
}
