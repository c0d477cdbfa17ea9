package app.rapport.connections;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.network.NetworkMemberResponse;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The signed-in member's connections. */
@Path("/api/me/connections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final ConnectionService connections;
    private final CurrentMember me;

    public ConnectionResource(ConnectionService connections, CurrentMember me) {
        this.connections = connections;
        this.me = me;
    }

    @GET
    public Page<NetworkMemberResponse> listConnections(@QueryParam("cursor") String cursor,
                                                       @QueryParam("limit") String limit) {
        return connections.list(me.id(), PageRequest.of(cursor, limit));
    }

    @DELETE
    @Path("/{memberId}")
    public void removeConnection(@PathParam("memberId") long memberId) {
        connections.remove(me.id(), memberId);
    }
}
