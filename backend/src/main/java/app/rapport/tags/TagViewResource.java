package app.rapport.tags;

import app.rapport.common.CurrentMember;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Your saved tag views (the toggles above the feed). */
@Path("/api/tag-views")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TagViewResource {

    private final TagService tags;
    private final CurrentMember me;

    public TagViewResource(TagService tags, CurrentMember me) {
        this.tags = tags;
        this.me = me;
    }

    @GET
    public TagViewList listTagViews() {
        return tags.listViews(me.id());
    }

    @POST
    @Idempotent
    public Response createTagView(@Valid @NotNull TagViewRequest request) {
        return Response.status(Response.Status.CREATED).entity(tags.createView(me.id(), request)).build();
    }

    @GET
    @Path("/{viewId}")
    public TagViewResponse getTagView(@PathParam("viewId") long viewId) {
        return tags.getView(me.id(), viewId);
    }

    @PUT
    @Path("/{viewId}")
    public TagViewResponse updateTagView(@PathParam("viewId") long viewId, @Valid @NotNull TagViewRequest request) {
        return tags.updateView(me.id(), viewId, request);
    }

    @DELETE
    @Path("/{viewId}")
    public void deleteTagView(@PathParam("viewId") long viewId) {
        tags.deleteView(me.id(), viewId);
    }
}
