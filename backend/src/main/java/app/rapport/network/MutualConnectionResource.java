package app.rapport.network;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The connections the signed-in member shares with another member. */
@Path("/api/profiles/{handle}/mutual-connections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MutualConnectionResource {

    private final NetworkService network;
    private final CurrentMember me;

    public MutualConnectionResource(NetworkService network, CurrentMember me) {
        this.network = network;
        this.me = me;
    }

    @GET
    public Page<NetworkMemberResponse> listMutualConnections(@PathParam("handle") @Size(max = 30) String handle,
                                                             @QueryParam("cursor") String cursor,
                                                             @QueryParam("limit") String limit) {
        return network.mutualConnections(me.id(), handle, PageRequest.of(cursor, limit));
    }
}
