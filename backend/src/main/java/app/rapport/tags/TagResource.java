package app.rapport.tags;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.idempotency.Idempotent;
import app.rapport.profiles.ProfileSummary;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Your private tags and who is under them. */
@Path("/api/tags")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TagResource {

    private final TagService tags;
    private final CurrentMember me;

    public TagResource(TagService tags, CurrentMember me) {
        this.tags = tags;
        this.me = me;
    }

    @GET
    public TagList listTags(@QueryParam("memberId") String memberId) {
        return tags.list(me.id(), memberId == null || memberId.isBlank() ? null : id("memberId", memberId));
    }

    /** A query id that is not a whole number is a 400 naming the field (JAX-RS would answer 404). */
    private static long id(String field, String raw) {
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a member id (a whole number)");
        }
    }

    @POST
    @Idempotent
    public Response createTag(@Valid @NotNull TagRequest request) {
        return Response.status(Response.Status.CREATED).entity(tags.create(me.id(), request)).build();
    }

    @PATCH
    @Path("/{tagId}")
    public TagResponse renameTag(@PathParam("tagId") long tagId, @Valid @NotNull TagRequest request) {
        return tags.rename(me.id(), tagId, request);
    }

    @DELETE
    @Path("/{tagId}")
    public void deleteTag(@PathParam("tagId") long tagId) {
        tags.delete(me.id(), tagId);
    }

    @GET
    @Path("/{tagId}/members")
    public Page<ProfileSummary> listTaggedMembers(@PathParam("tagId") long tagId, @QueryParam("cursor") String cursor,
                                                  @QueryParam("limit") String limit) {
        return tags.members(me.id(), tagId, PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/{tagId}/members")
    public TagResponse addTaggedMembers(@PathParam("tagId") long tagId, @Valid @NotNull TagMembersRequest request) {
        return tags.addMembers(me.id(), tagId, request.memberIds());
    }

    @POST
    @Path("/{tagId}/members/remove")
    public TagResponse removeTaggedMembers(@PathParam("tagId") long tagId, @Valid @NotNull TagMembersRequest request) {
        return tags.removeMembers(me.id(), tagId, request.memberIds());
    }

    @PUT
    @Path("/{tagId}/members/{memberId}")
    public TagResponse addTaggedMember(@PathParam("tagId") long tagId, @PathParam("memberId") long memberId) {
        return tags.addMembers(me.id(), tagId, List.of(memberId));
    }

    @DELETE
    @Path("/{tagId}/members/{memberId}")
    public TagResponse removeTaggedMember(@PathParam("tagId") long tagId, @PathParam("memberId") long memberId) {
        return tags.removeMembers(me.id(), tagId, List.of(memberId));
    }
}
