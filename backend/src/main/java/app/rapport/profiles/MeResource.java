package app.rapport.profiles;

import app.rapport.common.CurrentMember;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;

/** The signed-in member: their account, profile and career history. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    private final ProfileService profiles;
    private final CurrentMember me;

    public MeResource(ProfileService profiles, CurrentMember me) {
        this.profiles = profiles;
        this.me = me;
    }

    @GET
    public MeResponse getMe() {
        return profiles.me(me.id());
    }

    @PATCH
    public MeResponse updateMyProfile(@Valid @NotNull UpdateProfileRequest request) {
        return profiles.update(me.id(), request);
    }

    @POST
    @Path("/positions")
    @Idempotent
    public Response addPosition(@Valid @NotNull PositionRequest request) {
        return Response.status(Response.Status.CREATED).entity(profiles.addPosition(me.id(), request)).build();
    }

    @PUT
    @Path("/positions/{positionId}")
    public PositionResponse updatePosition(@PathParam("positionId") long positionId,
                                           @Valid @NotNull PositionRequest request) {
        return profiles.updatePosition(me.id(), positionId, request);
    }

    @DELETE
    @Path("/positions/{positionId}")
    public void deletePosition(@PathParam("positionId") long positionId) {
        profiles.deletePosition(me.id(), positionId);
    }
}
