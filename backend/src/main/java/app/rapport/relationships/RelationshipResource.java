package app.rapport.relationships;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;

/** The relationship review of my connections, its summary, and bulk keep / make-follower / remove. */
@Path("/api/me/relationships")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    private final RelationshipService relationships;
    private final CurrentMember me;

    public RelationshipResource(RelationshipService relationships, CurrentMember me) {
        this.relationships = relationships;
        this.me = me;
    }

    @GET
    public Page<RelationshipResponse> listRelationships(@QueryParam("sort") String sort, @QueryParam("tagId") String tagId,
                                                        @QueryParam("kept") String kept,
                                                        @QueryParam("cursor") String cursor,
                                                        @QueryParam("limit") String limit) {
        return relationships.list(me.id(), parseSort(sort), parseId(tagId), parseKept(kept), PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/summary")
    public RelationshipSummary getRelationshipSummary() {
        return relationships.summary(me.id());
    }

    @POST
    @Path("/make-follower")
    @Consumes(MediaType.APPLICATION_JSON)
    public RelationshipBulkResult makeConnectionsFollowers(@Valid @NotNull MakeConnectionsFollowersRequest request) {
        return relationships.makeFollowers(me.id(), request.memberIds(), Boolean.TRUE.equals(request.keepFollowing()));
    }

    @POST
    @Path("/keep")
    @Consumes(MediaType.APPLICATION_JSON)
    public RelationshipBulkResult keepConnections(@Valid @NotNull RelationshipMembersRequest request) {
        return relationships.keep(me.id(), request.memberIds());
    }

    @POST
    @Path("/unkeep")
    @Consumes(MediaType.APPLICATION_JSON)
    public RelationshipBulkResult unkeepConnections(@Valid @NotNull RelationshipMembersRequest request) {
        return relationships.unkeep(me.id(), request.memberIds());
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public RelationshipBulkResult removeConnections(@Valid @NotNull RelationshipMembersRequest request) {
        return relationships.remove(me.id(), request.memberIds());
    }

    private static RelationshipSort parseSort(String value) {
        if (value == null || value.isBlank()) {
            return RelationshipSort.LEAST_RECENT_INTERACTION;
        }
        try {
            return RelationshipSort.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("sort", "must be one of " + Arrays.toString(RelationshipSort.values()));
        }
    }

    private static KeptFilter parseKept(String value) {
        if (value == null || value.isBlank()) {
            return KeptFilter.HIDE;
        }
        try {
            return KeptFilter.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kept", "must be one of " + Arrays.toString(KeptFilter.values()));
        }
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("tagId", "must be a tag id");
        }
    }
}
