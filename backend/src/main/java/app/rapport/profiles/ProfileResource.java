package app.rapport.profiles;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Public profiles and member search. */
@Path("/api/profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;
    private final CurrentMember me;

    public ProfileResource(ProfileService profiles, CurrentMember me) {
        this.profiles = profiles;
        this.me = me;
    }

    @GET
    public Page<ProfileSearchResult> searchProfiles(@QueryParam("q") @NotBlank @Size(max = 100) String q,
                                               @QueryParam("cursor") String cursor,
                                               @QueryParam("limit") String limit) {
        return profiles.search(me.id(), q, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/{handle}")
    public ProfileResponse getProfile(@PathParam("handle") @Size(max = 30) String handle) {
        return profiles.profile(me.id(), handle);
    }
}
