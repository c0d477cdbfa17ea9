package app.rapport.profiles;

import app.rapport.common.CurrentMember;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Public profile pages, readable without signing in (rate-limited per client IP). */
@Path("/api/public/profiles")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicProfileResource {

    private final PublicProfileService profiles;
    private final CurrentMember me;

    public PublicProfileResource(PublicProfileService profiles, CurrentMember me) {
        this.profiles = profiles;
        this.me = me;
    }

    @GET
    @Path("/{handle}")
    public PublicProfileResponse getPublicProfile(@PathParam("handle") @Size(max = 30) String handle) {
        return profiles.get(handle, me.ifSignedIn().orElse(null));
    }
}
