package app.rapport.profiles;

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

/** What my public profile page shows to visitors who are not signed in. */
@Path("/api/me/public-profile")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PublicProfileSettingsResource {

    private final PublicProfileService profiles;
    private final CurrentMember me;

    public PublicProfileSettingsResource(PublicProfileService profiles, CurrentMember me) {
        this.profiles = profiles;
        this.me = me;
    }

    @GET
    public PublicProfileSettings getPublicProfileSettings() {
        return profiles.settings(me.id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicProfileSettings updatePublicProfileSettings(@Valid @NotNull PublicProfileSettings request) {
        return profiles.update(me.id(), request);
    }
}
