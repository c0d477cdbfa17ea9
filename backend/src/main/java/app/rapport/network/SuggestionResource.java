package app.rapport.network;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** People the signed-in member may know. */
@Path("/api/me/suggestions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final NetworkService network;
    private final CurrentMember me;

    public SuggestionResource(NetworkService network, CurrentMember me) {
        this.network = network;
        this.me = me;
    }

    @GET
    public Page<SuggestionResponse> listSuggestions(@QueryParam("cursor") String cursor,
                                                    @QueryParam("limit") String limit) {
        return network.suggestions(me.id(), PageRequest.of(cursor, limit));
    }
}
