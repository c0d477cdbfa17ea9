package app.rapport.profiles;

import app.rapport.common.ExportSection;
import jakarta.enterprise.context.ApplicationScoped;

/** Export section "profile": the account and profile with the career history, as {@code GET /api/me} shows it. */
@ApplicationScoped
public class ProfileExportSection implements ExportSection {

    private final ProfileService profiles;

    public ProfileExportSection(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public Object export(long memberId) {
        return profiles.me(memberId);
    }
}
