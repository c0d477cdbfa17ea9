package app.rapport.profiles;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.network.NetworkMemberResponse;
import app.rapport.network.NetworkService;
import app.rapport.privacy.NetworkList;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Profiles and member search, and a member's network lists (connections, followers,
 * following) as far as the member lets the viewer see them.
 */
@Path("/api/profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;
    private final NetworkService network;
    private final CurrentMember me;

    public ProfileResource(ProfileService profiles, NetworkService network, CurrentMember me) {
        this.profiles = profiles;
        this.network = network;
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

    @GET
    @Path("/{handle}/connections")
    public Page<NetworkMemberResponse> listMemberConnections(@PathParam("handle") @Size(max = 30) String handle,
                                                             @QueryParam("cursor") String cursor,
                                                             @QueryParam("limit") String limit) {
        return network.memberList(me.id(), handle, NetworkList.CONNECTIONS, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/{handle}/followers")
    public Page<NetworkMemberResponse> listMemberFollowers(@PathParam("handle") @Size(max = 30) String handle,
                                                           @QueryParam("cursor") String cursor,
                                                           @QueryParam("limit") String limit) {
        return network.memberList(me.id(), handle, NetworkList.FOLLOWERS, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/{handle}/following")
    public Page<NetworkMemberResponse> listMemberFollowing(@PathParam("handle") @Size(max = 30) String handle,
                                                           @QueryParam("cursor") String cursor,
                                                           @QueryParam("limit") String limit) {
        return network.memberList(me.id(), handle, NetworkList.FOLLOWING, PageRequest.of(cursor, limit));
    }
}
