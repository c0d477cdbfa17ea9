package app.rapport.follows;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.network.NetworkMemberResponse;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Who the signed-in member follows and who follows them. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FollowResource {

    private final FollowService follows;
    private final CurrentMember me;

    public FollowResource(FollowService follows, CurrentMember me) {
        this.follows = follows;
        this.me = me;
    }

    @PUT
    @Path("/following/{memberId}")
    public FollowResponse followMember(@PathParam("memberId") long memberId) {
        return follows.follow(me.id(), memberId);
    }

    @DELETE
    @Path("/following/{memberId}")
    public FollowResponse unfollowMember(@PathParam("memberId") long memberId) {
        return follows.unfollow(me.id(), memberId);
    }

    @GET
    @Path("/following")
    public Page<NetworkMemberResponse> listFollowing(@QueryParam("cursor") String cursor,
                                                     @QueryParam("limit") String limit) {
        return follows.following(me.id(), PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/followers")
    public Page<NetworkMemberResponse> listFollowers(@QueryParam("cursor") String cursor,
                                                     @QueryParam("limit") String limit) {
        return follows.followers(me.id(), PageRequest.of(cursor, limit));
    }
}
