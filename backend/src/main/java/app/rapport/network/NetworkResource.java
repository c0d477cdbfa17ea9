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

/** Mutual connections with a member, and people the signed-in member may know. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    private final NetworkService network;
    private final CurrentMember me;

    public NetworkResource(NetworkService network, CurrentMember me) {
        this.network = network;
        this.me = me;
    }

    @GET
    @Path("/profiles/{handle}/mutual-connections")
    public Page<NetworkMemberResponse> listMutualConnections(@PathParam("handle") @Size(max = 30) String handle,
                                                             @QueryParam("cursor") String cursor,
                                                             @QueryParam("limit") String limit) {
        return network.mutualConnections(me.id(), handle, PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/me/suggestions")
    public Page<SuggestionResponse> listSuggestions(@QueryParam("cursor") String cursor,
                                                    @QueryParam("limit") String limit) {
        return network.suggestions(me.id(), PageRequest.of(cursor, limit));
    }
}
