package app.rapport.privacy;

import app.rapport.common.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the signed-in member shows to other members: who may see their network lists. */
@Path("/api/me/privacy-settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PrivacySettingsResource {

    private final PrivacySettingsService privacy;
    private final CurrentMember me;

    public PrivacySettingsResource(PrivacySettingsService privacy, CurrentMember me) {
        this.privacy = privacy;
        this.me = me;
    }

    @GET
    public PrivacySettingsResponse getPrivacySettings() {
        return privacy.settings(me.id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PrivacySettingsResponse updatePrivacySettings(@Valid @NotNull UpdatePrivacySettingsRequest request) {
        return privacy.update(me.id(), request);
    }
}
