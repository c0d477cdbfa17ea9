package app.rapport.posts;

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

/** A member's own activity on their profile, as the signed-in member may see it. */
@Path("/api/profiles/{handle}/posts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MemberPostResource {

    private final PostService posts;
    private final CurrentMember me;

    public MemberPostResource(PostService posts, CurrentMember me) {
        this.posts = posts;
        this.me = me;
    }

    @GET
    public Page<PostResponse> listMemberPosts(@PathParam("handle") @Size(max = 30) String handle,
                                              @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return posts.memberPosts(me.id(), handle, PageRequest.of(cursor, limit));
    }
}
